package io.claimdesk.claim.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reader's suggested claim spans, drawn in the browser by the {@code <cd-suggestion-list>} web component
 * (frontend/components/cd-suggestion-list.js) from one JSON property: one server-side component for the whole list
 * instead of about a dozen per suggestion (issue 18, heap per signed-in session). Pressing a suggestion's create
 * button fires {@link CreateEvent} with the suggestion's index.
 */
@Tag("cd-suggestion-list")
@JavaScript(SuggestionList.SCRIPT)
public class SuggestionList extends Component {

    static final String SCRIPT = "context://frontend-static/components/cd-suggestion-list.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One suggestion as the browser draws it; labels are already translated.
     *
     * @param kind        SENTENCE, HEADLINE or CLAUSE ({@code data-kind})
     * @param score       check-worthiness, 0..1
     * @param taken       claimed already: the button is disabled and {@code createLabel} names the claim
     */
    public record Item(String kind, String kindLabel, double score, String scoreText, String text, String reasons,
                       boolean taken, String createLabel) {
    }

    public SuggestionList() {
        addClassName("cd-suggestion-list");
    }

    /** Shows {@code items}; texts in {@code direction}; {@code emptyText} when there is none. */
    public void show(List<Item> items, String direction, String scoreTitle, String emptyText) {
        getElement().setAttribute("text-dir", direction);
        getElement().setAttribute("score-title", scoreTitle);
        getElement().setAttribute("empty-text", emptyText);
        try {
            getElement().setProperty("items", JSON.writeValueAsString(items));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON the browser draws from (what {@link #show} last set). */
    public String itemsJson() {
        return getElement().getProperty("items", "[]");
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    /** The user pressed "create claim" on the suggestion at {@code index} (in the order of {@link #show}). */
    @DomEvent("suggestion-create")
    public static class CreateEvent extends ComponentEvent<SuggestionList> {
        private final int index;

        public CreateEvent(SuggestionList source, boolean fromClient, @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
