package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.evidence.domain.Evidence;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One evidence link as a card, for the claim page's evidence panel and the supervisor's review view (issue 16):
 * stance badge, source title (opens the source in a new tab), the source's reliability, publisher and canonical
 * URL, its archive link when there is one, the excerpt and note (each in its own direction), who added it and when
 * (UTC). Ids: {@code evidence-<id>}, {@code evidence-stance-<id>}, {@code evidence-reliability-<id>},
 * {@code evidence-archive-<id>}, {@code evidence-excerpt-<id>}.
 */
public class EvidenceCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final HorizontalLayout top;

    public EvidenceCard(Evidence e) {
        setId("evidence-" + e.id());
        addClassNames("cd-evidence", "cd-evidence-" + e.stance().name().toLowerCase(Locale.ROOT));

        StanceBadge stance = new StanceBadge(e.stance());
        stance.setId("evidence-stance-" + e.id());
        Anchor title = new Anchor(e.source().url(), e.source().label());
        title.setTarget(AnchorTarget.BLANK);
        title.getElement().setAttribute("rel", "noopener noreferrer");
        Cells.orient(title, title.getText());
        title.setTitle(getTranslation("evidence.openSource"));
        title.addClassName("cd-evidence-title");
        StanceBadge reliability = new StanceBadge(e.source().reliability());
        reliability.setId("evidence-reliability-" + e.id());
        reliability.getElement().setAttribute("title", getTranslation("sources.reliability"));
        top = new HorizontalLayout(stance, title, reliability);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(title);
        top.setWidthFull();
        add(top);

        Div source = new Div();
        source.addClassName("cd-evidence-source");
        if (e.source().publisher() != null) {
            Span publisher = new Span(e.source().publisher());
            Cells.orient(publisher, publisher.getText());
            source.add(publisher, new Span(" · "));
        }
        Span canonical = new Span(e.source().canonicalUrl());
        canonical.getElement().setAttribute("dir", "ltr");
        canonical.addClassName("cd-url");
        source.add(canonical);
        if (e.source().archiveUrl() != null) {
            Anchor archive = new Anchor(e.source().archiveUrl(), getTranslation("evidence.archive.open"));
            archive.setTarget(AnchorTarget.BLANK);
            archive.getElement().setAttribute("rel", "noopener noreferrer");
            archive.setId("evidence-archive-" + e.id());
            archive.addClassName("cd-evidence-archive");
            source.add(archive);
        }
        add(source);

        if (e.excerpt() != null) {
            Component quote = textBlock("blockquote", e.excerpt(), "cd-evidence-excerpt");
            quote.setId("evidence-excerpt-" + e.id());
            add(quote);
        }
        if (e.note() != null) {
            add(textBlock("p", e.note(), "cd-evidence-note"));
        }
        Span who = new Span(getTranslation("evidence.addedBy", e.addedByName(),
                WHEN.format(e.addedAt().withOffsetSameInstant(ZoneOffset.UTC))));
        who.addClassName("cd-muted");
        add(who);
    }

    /** Adds buttons (edit, remove) at the end of the card's first line. */
    public EvidenceCard withActions(Component... actions) {
        top.add(actions);
        return this;
    }

    /** A block of user text ({@code tag}: blockquote, p) in its own direction, set as text (never HTML). */
    static Component textBlock(String tag, String text, String className) {
        Div block = new Div();
        com.vaadin.flow.dom.Element element = new com.vaadin.flow.dom.Element(tag);
        element.setText(text);
        element.setAttribute("dir", Cells.direction(text));
        block.getElement().appendChild(element);
        block.addClassName(className);
        return block;
    }
}
