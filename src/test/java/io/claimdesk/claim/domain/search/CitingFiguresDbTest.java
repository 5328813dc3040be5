package io.claimdesk.claim.domain.search;

import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates found by figures ({@link SimilarityRepository#citingFigures}): newest first within the limit, and none
 * for a set of figures cited by more than {@link SimilarityRepository#COMMON_FIGURES} claims (too common to tell
 * claims apart; it also bounds the lookup at archive scale, issue 18).
 */
class CitingFiguresDbTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    SimilarityRepository repository;

    private long user;
    private long mine;
    private long myArticle;
    private long otherArticle;
    private String figure;

    @BeforeEach
    void data() {
        runAs("figures-checker", Role.CHECKER);
        user = accounts.ensure("figures-checker", Role.CHECKER).id();
        Fixtures f = new Fixtures(dsl);
        myArticle = f.article(user, "Figures mine " + System.nanoTime(), "Exports rose.", "en");
        otherArticle = f.article(user, "Figures others " + System.nanoTime(), "Exports rose.", "en");
        // a figure no other test writes: seven digits drawn at random
        figure = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        mine = insert(myArticle, "Exports rose to " + figure + " tonnes", 1).get(0);
    }

    private List<Long> insert(long articleId, String statement, int count) {
        return dsl.fetch("""
                insert into claim (article_id, quote, start_cp, end_cp, statement, language, created_by)
                select ?, 'Exports rose.', 0, 13, ? || ' (' || i || ')', 'en', ?
                from generate_series(1, ?) as i returning id""", articleId, statement, user, count)
                .getValues(0, Long.class);
    }

    @Test
    void claims_citing_the_figures_are_candidates_newest_first_up_to_the_limit() {
        List<Long> others = insert(otherArticle, "Exports reached " + figure + " tonnes last year", 60);
        // an Arabic claim writes the same figure in Arabic-Indic digits
        String arabicDigits = figure.chars().mapToObj(c -> String.valueOf((char) ('٠' + (c - '0'))))
                .reduce("", String::concat);
        List<Long> arabic = insert(otherArticle, "بلغت الصادرات " + arabicDigits + " طن", 1);

        List<Long> found = repository.citingFigures(mine, myArticle, List.of(figure), 50);

        assertThat(found).hasSize(50).startsWith(arabic.get(0)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(others).containsAll(found.subList(1, 50));
    }

    @Test
    void a_figure_cited_by_more_than_the_common_limit_finds_no_candidates_by_itself() {
        // the claim itself and COMMON_FIGURES - 1 others: as common as allowed (the claim counts among the
        // matches: the rule is about how common the figures are in the archive)
        insert(otherArticle, "Exports reached " + figure + " tonnes last year", SimilarityRepository.COMMON_FIGURES - 1);
        assertThat(repository.citingFigures(mine, myArticle, List.of(figure), 50)).hasSize(50);

        // one more claim citing it
        insert(otherArticle, "Exports reached " + figure + " tonnes again", 1);

        assertThat(repository.citingFigures(mine, myArticle, List.of(figure), 50)).isEmpty();
    }
}
