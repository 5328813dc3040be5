package io.claimdesk.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.SourceService;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the history notes a source merge writes are stored in English (the hash chain keeps them) and shown in
 * the user's language; the Arabic history of a claim whose sources were merged holds no English sentence.
 */
class SourceMergeHistoryUiTest extends KaribuTest {

    /** Three Latin words in a row: an English sentence (a URL is not one). */
    private static final Pattern LATIN_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}(\\s+[A-Za-z]{2,}){2,}");

    @Autowired
    Fixtures fixtures;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SourceService sources;

    @Test
    void the_arabic_history_of_a_merged_sources_claims_is_arabic() {
        AppUser checker = accounts.ensure("merge-checker", Role.CHECKER);
        accounts.ensure("merge-supervisor", Role.SUPERVISOR);
        long article = fixtures.article(checker.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        long both = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", checker.id());
        long one = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", checker.id());
        String tag = Long.toString(System.nanoTime());
        runAs("merge-checker", Role.CHECKER);
        Evidence kept = evidence.add(both, new NewEvidence("https://agency.example/wheat-" + tag, Stance.SUPPORTS,
                "short", null, "Wheat up", null, null, null));
        Evidence removed = evidence.add(both, new NewEvidence("https://mirror.example/wheat-" + tag, Stance.REFUTES,
                "a much longer excerpt from the mirror", "mirror note", null, "Mirror", null, null));
        evidence.add(one, NewEvidence.of("https://mirror.example/wheat-" + tag, Stance.CONTEXT));
        runAs("merge-supervisor", Role.SUPERVISOR);
        sources.merge(kept.source().id(), removed.source().id());

        login("merge-checker", Role.CHECKER);
        UiLanguage.apply(UI.getCurrent(), "ar");
        for (long claim : new long[] {both, one}) {
            UI.getCurrent().getChildren().filter(HistorySection.class::isInstance).toList()
                    .forEach(c -> UI.getCurrent().remove(c));
            HistorySection section = context.getBean(HistorySection.class);
            UI.getCurrent().add(section);
            section.show(claim, () -> { });
            String history = _get(UnorderedList.class, s -> s.withId("workflow-history")).getElement()
                    .getTextRecursively();
            assertThat(history).as("claim %d", claim).contains("دُمج المصدر").contains("#" + removed.source().id());
            assertThat(LATIN_SENTENCE.matcher(history).find()).as("no English sentence in: %s", history).isFalse();
        }
    }
}
