package io.claimdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.core.text.CodePoints;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The article text with claim highlights, in the article's direction, wrapped in the {@code <cd-span-selector>}
 * web component (frontend/components/cd-span-selector.js) that reports mouse and keyboard selections as
 * code-point offsets. Text is set as text nodes only (never HTML). Each line is cut into pieces at every claim
 * boundary, so overlapping claims stay visible; the first piece of a claim carries its number.
 */
@Tag("cd-span-selector")
@JavaScript(SpanSelector.SCRIPT)
public class SpanSelector extends Component {

    /** The web component's source lives in frontend/components and is served as a static file. */
    static final String SCRIPT = "context://frontend-static/components/cd-span-selector.js";

    public SpanSelector() {
        addClassName("cd-article-text");
        setId("span-selector");
    }

    /**
     * Shows {@code body} with {@code claims} highlighted; {@code numbers} gives each claim's display number.
     *
     * @param selectedClaimId claim to emphasise, or -1
     */
    public void show(String body, String direction, String language, List<Claim> claims,
                     java.util.Map<Long, Integer> numbers, long selectedClaimId) {
        show(body, direction, language, claims, numbers, selectedClaimId, c -> statusKey(c));
    }

    /**
     * The status a highlight shows for a claim: its workflow status, or {@code CHANGES_REQUESTED} while a request
     * for changes is pinned on it (issue 16; the stored status stays IN_PROGRESS).
     */
    public static String statusKey(Claim c) {
        return c.changesRequested() != null ? "CHANGES_REQUESTED" : c.status().name();
    }

    /**
     * As {@link #show(String, String, String, List, java.util.Map, long)}; each highlighted piece takes the colour
     * and underline of the status of the innermost claim over it ({@code cd-claim-status-*}, {@code data-status})
     * and names its claims with their status in {@code title} and {@code aria-label} ({@code statusLabel}), so the
     * colour is never the only cue.
     */
    public void show(String body, String direction, String language, List<Claim> claims,
                     java.util.Map<Long, Integer> numbers, long selectedClaimId,
                     java.util.function.Function<Claim, String> statusLabel) {
        Element root = getElement();
        root.removeAllChildren();
        root.setAttribute("dir", direction);
        root.setAttribute("lang", language);
        List<Claim> placed = claims.stream().filter(c -> !c.orphaned()).toList();
        int lineStart = 0;
        for (String line : body.split("\n", -1)) {
            int lineLength = CodePoints.length(line);
            int lineEnd = lineStart + lineLength;
            if (!line.isBlank()) {
                root.appendChild(paragraph(line, lineStart, lineEnd, placed, numbers, selectedClaimId, statusLabel));
            }
            lineStart = lineEnd + 1;
        }
    }

    private static Element paragraph(String line, int lineStart, int lineEnd, List<Claim> claims,
                                     java.util.Map<Long, Integer> numbers, long selected,
                                     java.util.function.Function<Claim, String> statusLabel) {
        Element p = new Element("p");
        p.getClassList().add("cd-para");
        TreeSet<Integer> cuts = new TreeSet<>(List.of(lineStart, lineEnd));
        for (Claim c : claims) {
            if (c.end() > lineStart && c.start() < lineEnd) {
                cuts.add(Math.max(lineStart, c.start()));
                cuts.add(Math.min(lineEnd, c.end()));
            }
        }
        List<Integer> bounds = new ArrayList<>(cuts);
        for (int i = 0; i + 1 < bounds.size(); i++) {
            int from = bounds.get(i);
            int to = bounds.get(i + 1);
            Element piece = new Element("span");
            piece.getClassList().add("cd-piece");
            piece.setAttribute("data-start", Integer.toString(from));
            piece.setText(CodePoints.substring(line, from - lineStart, to - lineStart));
            List<Claim> covering = claims.stream().filter(c -> c.start() <= from && c.end() >= to).toList();
            if (!covering.isEmpty()) {
                piece.getClassList().add("cd-claim");
                piece.getClassList().add("cd-claim-depth-" + Math.min(covering.size(), 3));
                piece.setAttribute("data-claims", covering.stream().map(c -> Long.toString(c.id()))
                        .collect(Collectors.joining(",")));
                covering.stream().filter(c -> c.start() == from).findFirst().ifPresent(c ->
                        piece.setAttribute("data-no", Integer.toString(numbers.getOrDefault(c.id(), 0))));
                if (covering.stream().anyMatch(c -> c.id() == selected)) {
                    piece.getClassList().add("cd-claim-selected");
                }
                // the innermost claim (the last one covering, the one a click opens) gives the colour
                Claim top = covering.get(covering.size() - 1);
                String status = statusKey(top);
                piece.getClassList().add("cd-claim-status-" + status.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                piece.setAttribute("data-status", status);
                String names = covering.stream()
                        .map(c -> "#" + numbers.getOrDefault(c.id(), 0) + " " + statusLabel.apply(c))
                        .collect(Collectors.joining(" · "));
                piece.setAttribute("title", names);
                piece.setAttribute("aria-label", names);
                piece.setAttribute("role", "mark");
            }
            p.appendChild(piece);
        }
        return p;
    }

    /** Selects [start, end) in the browser, as a user would (used by keyboard-less tests). */
    public void select(int start, int end) {
        getElement().callJsFunction("selectRange", start, end);
    }

    public Registration addSpanSelectedListener(ComponentEventListener<SpanSelectedEvent> listener) {
        return addListener(SpanSelectedEvent.class, listener);
    }

    public Registration addSpanCommitListener(ComponentEventListener<SpanCommitEvent> listener) {
        return addListener(SpanCommitEvent.class, listener);
    }

    public Registration addClaimClickListener(ComponentEventListener<ClaimClickEvent> listener) {
        return addListener(ClaimClickEvent.class, listener);
    }

    /** A span of the article text, [start, end) in code points, chosen by the user. */
    public abstract static class SpanEvent extends ComponentEvent<SpanSelector> {
        private final int start;
        private final int end;

        SpanEvent(SpanSelector source, boolean fromClient, int start, int end) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }
    }

    /** The user selected [start, end) (code points) with mouse or keyboard. */
    @DomEvent("span-selected")
    public static class SpanSelectedEvent extends SpanEvent {
        public SpanSelectedEvent(SpanSelector source, boolean fromClient, @EventData("event.detail.start") int start,
                                 @EventData("event.detail.end") int end) {
            super(source, fromClient, start, end);
        }
    }

    /** The user pressed Enter on a selection [start, end) (code points). */
    @DomEvent("span-commit")
    public static class SpanCommitEvent extends SpanEvent {
        public SpanCommitEvent(SpanSelector source, boolean fromClient, @EventData("event.detail.start") int start,
                               @EventData("event.detail.end") int end) {
            super(source, fromClient, start, end);
        }
    }

    /** The user clicked a highlighted claim. */
    @DomEvent("claim-click")
    public static class ClaimClickEvent extends ComponentEvent<SpanSelector> {
        private final long claimId;

        public ClaimClickEvent(SpanSelector source, boolean fromClient,
                               @EventData("event.detail.claimId") long claimId) {
            super(source, fromClient);
            this.claimId = claimId;
        }

        public long claimId() {
            return claimId;
        }
    }
}
