package io.claimdesk.claim.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The reader in the browserless UI: suggestions, claims from a selection, orphans shown to reviewers. */
class ReaderViewUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ClaimService claims;

    private long article() {
        AppUser me = accounts.ensure("reader-checker", Role.CHECKER);
        return fixtures.article(me.id(), "قمح", Fixtures.ARABIC_STORY, "ar");
    }

    @Test
    void a_suggestion_becomes_a_claim_with_one_action() {
        long id = article();
        login("reader-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "ar");
        UI.getCurrent().navigate("articles/" + id);
        assertThat(_get(SpanSelector.class).getElement().getAttribute("dir")).isEqualTo("rtl");
        // the suggestions are drawn by <cd-suggestion-list> from one JSON property
        SuggestionList list = _get(SuggestionList.class);
        assertThat(list.getElement().getAttribute("text-dir")).isEqualTo("rtl");
        JsonNode items = json(list);
        assertThat(items.size()).isGreaterThan(1);
        JsonNode first = items.get(0);
        assertThat(first.path("text").asText()).startsWith("أعلنت وزارة الزراعة الأردنية");
        assertThat(first.path("kindLabel").asText()).isEqualTo(UI.getCurrent()
                .getTranslation("claim.segment." + first.path("kind").asText()));
        assertThat(first.path("taken").asBoolean()).isFalse();
        // what the component sends when the first card's create button is pressed
        ComponentUtil.fireEvent(list, new SuggestionList.CreateEvent(list, true, 0));
        List<Claim> made = claims.ofArticle(id);
        assertThat(made).hasSize(1);
        assertThat(made.get(0).quote()).isEqualTo(first.path("text").asText());
        // redrawn: the card is now taken by claim #1 (its button disabled), pressing it again makes nothing
        JsonNode after = json(list).get(0);
        assertThat(after.path("taken").asBoolean()).isTrue();
        assertThat(after.path("createLabel").asText()).contains("1");
        ComponentUtil.fireEvent(list, new SuggestionList.CreateEvent(list, true, 0));
        assertThat(claims.ofArticle(id)).hasSize(1);
    }

    private static JsonNode json(SuggestionList list) {
        try {
            return new ObjectMapper().readTree(list.itemsJson());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_claim_cards_are_drawn_only_while_their_tab_is_open() {
        long id = article();
        AppUser me = accounts.ensure("reader-checker", Role.CHECKER);
        long claimId = fixtures.claim(id, "40 ألف طن من البذور", me.id());
        login("reader-checker", Role.CHECKER);
        UI.getCurrent().navigate("articles/" + id);
        assertThat(_find(Anchor.class, s -> s.withId("claim-link-" + claimId))).isEmpty();
        TabSheet side = _get(TabSheet.class, s -> s.withId("reader-side"));
        side.setSelectedIndex(1);
        assertThat(_get(Anchor.class, s -> s.withId("claim-link-" + claimId)).getHref())
                .isEqualTo("claims/" + claimId);
        side.setSelectedIndex(0);
        assertThat(_find(Anchor.class, s -> s.withId("claim-link-" + claimId))).isEmpty();
    }

    @Test
    void a_selected_span_becomes_a_claim_with_exactly_that_text() {
        long id = article();
        login("reader-checker", Role.CHECKER);
        UI.getCurrent().navigate("articles/" + id);
        String wanted = "40 ألف طن من البذور";
        int start = CodePoints.toCodePointOffset(Fixtures.ARABIC_STORY, Fixtures.ARABIC_STORY.indexOf(wanted));
        SpanSelector selector = _get(SpanSelector.class);
        // what the web component sends after a mouse or keyboard selection
        ComponentUtil.fireEvent(selector, new SpanSelector.SpanSelectedEvent(selector, true, start,
                start + CodePoints.length(wanted)));
        Button create = _get(Button.class, s -> s.withId("create-from-selection"));
        assertThat(create.isEnabled()).isTrue();
        _click(create);
        assertThat(claims.ofArticle(id)).extracting(Claim::quote).containsExactly(wanted);
        // the claim is highlighted in the text: a piece starting at the claim carries its number
        assertThat(selector.getElement().getChildren().flatMap(p -> p.getChildren())
                .filter(piece -> piece.hasAttribute("data-claims"))
                .map(piece -> piece.getText()).reduce("", String::concat)).isEqualTo(wanted);
    }

    @Test
    void an_orphan_is_shown_with_its_old_quote_and_can_be_removed() {
        long id = article();
        AppUser me = accounts.ensure("reader-checker", Role.CHECKER);
        long claimId = fixtures.claim(id, "40 ألف طن من البذور", me.id());
        login("reader-checker", Role.CHECKER);
        var article = claims.get(claimId);
        io.claimdesk.article.domain.ArticleService articles =
                context.getBean(io.claimdesk.article.domain.ArticleService.class);
        var a = articles.get(id);
        articles.editBody(id, a.version(), a.body().replace(
                "وقال وزير الزراعة إن الحكومة ستوزع 40 ألف طن من البذور على المزارعين قبل نهاية تشرين الأول.", ""),
                "removed the minister's sentence");
        assertThat(claims.get(claimId).orphaned()).isTrue();

        UI.getCurrent().navigate("claims/" + claimId);
        Div notice = _get(Div.class, s -> s.withId("orphan-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("claim-quote-exact")).getText())
                .isEqualTo(article.quote());
        _click(_get(Button.class, s -> s.withId("orphan-remove")));
        _click(_get(Button.class, s -> s.withId("confirm-remove")));
        assertThat(claims.ofArticle(id)).isEmpty();
    }

    /**
     * Issue 14: deleting a claimed sentence next to its lookalike (another council) in the reader's text editor lists
     * the claim as orphaned with what the similar passage says differently; the claim page offers that passage and a
     * person confirms it.
     */
    @Test
    void an_edit_lists_what_it_did_and_a_lookalike_is_confirmed_by_a_person() {
        String commons = "وافق مجلس النواب على مشروع قانون الموازنة العامة للعام المقبل بعد جلسة طويلة.";
        String cabinet = "وافق مجلس الوزراء على مشروع قانون الموازنة العامة للعام المقبل بعد جلسة طويلة.";
        AppUser me = accounts.ensure("reader-checker", Role.CHECKER);
        long id = fixtures.article(me.id(), "موازنة", "بغداد - " + commons + "\n" + cabinet, "ar");
        long claimId = fixtures.claim(id, commons, me.id());
        login("reader-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "ar");
        UI.getCurrent().navigate("articles/" + id);

        _click(_get(Button.class, s -> s.withId("edit-text")));
        com.vaadin.flow.component.textfield.TextArea body =
                _get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("edit-body"));
        body.setValue(body.getValue().replace(commons + "\n", ""));
        _click(_get(Button.class, s -> s.withId("save-body")));

        com.vaadin.flow.component.html.UnorderedList changes =
                _get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("text-changes"));
        assertThat(changes.getElement().getChildren().map(e -> e.getText()).toList()).singleElement()
                .asString().contains("#" + claimId).contains("النواب → الوزراء");
        assertThat(claims.get(claimId).orphaned()).isTrue();

        UI.getCurrent().navigate("claims/" + claimId);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("orphan-candidate")).getText())
                .isEqualTo(cabinet);
        _click(_get(Button.class, s -> s.withId("orphan-confirm")));
        Claim now = claims.get(claimId);
        assertThat(now.orphaned()).isFalse();
        assertThat(now.quote()).isEqualTo(cabinet);
    }
}
