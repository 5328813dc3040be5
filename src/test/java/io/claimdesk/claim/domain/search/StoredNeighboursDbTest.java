package io.claimdesk.claim.domain.search;

import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored neighbour lists of "checked before" (V18_21, {@link NeighbourLists}) answer as the live
 * nearest-neighbour scan ({@link SimilarityRepository#similar}) after claims are created, edited, removed and
 * restored, and are not used when their claim's own statement changed.
 */
class StoredNeighboursDbTest extends IntegrationTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    NeighbourLists lists;
    @Autowired
    SimilarityRepository live;
    @Autowired
    TransactionTemplate tx;

    private NeighbourTestData data;
    private Random random;
    private List<Long> articles;
    private List<Long> claims;

    @BeforeEach
    void data() {
        runAs("neighbours-checker", Role.CHECKER);
        long user = accounts.ensure("neighbours-checker", Role.CHECKER).id();
        data = new NeighbourTestData(dsl, tx, live, user, 18_21, "Neighbours", 120);
        random = data.random;
        articles = data.articles;
        claims = data.claims;
    }

    /** {@link #assertSameAnswer} for 10 and 20 of each claim; the number answered from its stored list. */
    private int assertAllAnswerAsTheLiveScan(List<Long> asked) {
        int fromLists = 0;
        for (long id : asked) {
            NeighbourLists.Nearest got = data.stored(lists, id, 10);
            fromLists += got.path() == NeighbourLists.Path.STORED ? 1 : 0;
            data.assertSameAnswer(id, 10, got);
            data.assertSameAnswer(id, 20, data.stored(lists, id, 20));
        }
        return fromLists;
    }

    @Test
    void stored_lists_answer_as_the_live_scan_after_creations_edits_removals_and_restorations() {
        List<Long> asked = claims.subList(0, 24);
        asked.forEach(lists::refresh);
        assertThat(assertAllAnswerAsTheLiveScan(asked)).isEqualTo(asked.size());

        // new claims, some almost the same as an asked claim (they must enter its answer), some unrelated
        for (int i = 0; i < 12; i++) {
            long near = asked.get(random.nextInt(asked.size()));
            long article = articles.get((articles.indexOf(data.text(near).articleId()) + 1) % articles.size());
            data.insert(article, data.text(near).statement() + " again");
            data.insert(articles.get(random.nextInt(articles.size())), data.sentence());
        }
        // neighbours edited, removed, and one restored
        List<Long> others = claims.subList(24, claims.size());
        for (int i = 0; i < 10; i++) {
            dsl.execute("update claim set statement = ? where id = ?", data.sentence(), others.get(random.nextInt(
                    others.size())));
        }
        for (int i = 0; i < 10; i++) {
            dsl.execute("update claim set removed = true where id = ?", others.get(random.nextInt(others.size())));
        }
        long restored = others.get(0);
        dsl.execute("update claim set removed = true where id = ?", restored);
        dsl.execute("update claim set removed = false where id = ?", restored);

        int fromLists = assertAllAnswerAsTheLiveScan(asked);
        // most lists keep ten unchanged neighbours through 20 changes among 96 other claims
        assertThat(fromLists).isGreaterThan(asked.size() / 2);
    }

    @Test
    void folding_the_changes_into_the_lists_keeps_them_answering_as_the_live_scan() {
        List<Long> asked = claims.subList(0, 16);
        asked.forEach(lists::refresh);
        for (int round = 0; round < 6; round++) {
            // a round of desk work: new claims (some almost the same as an asked claim), edits and removals
            for (int i = 0; i < 8; i++) {
                long near = asked.get(random.nextInt(asked.size()));
                long article = articles.get((articles.indexOf(data.text(near).articleId()) + 1) % articles.size());
                data.insert(article, data.text(near).statement() + " round " + round);
                data.insert(article, data.text(near).statement() + " and again " + round);
                // a claim nearest to an asked claim now (its list must fill the gap) or any other claim
                long other = i % 4 < 2 ? data.stored(lists, near, 10).claims().get(random.nextInt(3)).id()
                        : claims.get(16 + random.nextInt(claims.size() - 16));
                if (asked.contains(other)) {
                    continue;
                }
                if (i % 2 == 0) {
                    dsl.execute("update claim set statement = ? where id = ?", data.sentence(), other);
                } else {
                    dsl.execute("update claim set removed = not removed where id = ?", other);
                }
            }
            for (long id : asked) {
                lists.fold(id);
            }
            // time passes: the folds saw every change so far (nothing else writes here); an hour later those changes
            // are older than the folded lists' time (the fold's start less the margin), so the answers must come
            // from the folded lists, not from comparing the changes again
            dsl.execute("update claim set statement_changed_at = statement_changed_at - interval '1 hour' "
                    + "where statement_changed_at > now() - interval '1 hour'");
            int fromLists = assertAllAnswerAsTheLiveScan(asked);
            assertThat(fromLists).as("round %d", round).isGreaterThan(asked.size() / 2);
        }
    }

    @Test
    void a_claim_whose_statement_changed_is_answered_live_and_its_list_is_stored_again() throws Exception {
        long id = claims.get(0);
        lists.refresh(id);
        assertThat(data.stored(lists, id, 10).path()).isEqualTo(NeighbourLists.Path.STORED);

        dsl.execute("update claim set statement = ? where id = ?", data.sentence(), id);

        NeighbourLists.Nearest got = data.stored(lists, id, 10);
        assertThat(got.path()).isEqualTo(NeighbourLists.Path.LIVE);
        data.assertSameAnswer(id, 10, got);
        // the live answer's list is stored after the lookup, on the lists' own thread
        assertThat(lists.awaitStored(Duration.ofSeconds(10))).isTrue();
        NeighbourLists.Nearest again = data.stored(lists, id, 10);
        assertThat(again.path()).isEqualTo(NeighbourLists.Path.STORED);
        data.assertSameAnswer(id, 10, again);
    }

    @Test
    void a_claim_without_a_list_is_answered_live_and_a_removed_claim_gets_no_list() throws Exception {
        long id = claims.get(1);
        NeighbourLists.Nearest first = data.stored(lists, id, 10);
        assertThat(first.path()).isEqualTo(NeighbourLists.Path.LIVE);
        data.assertSameAnswer(id, 10, first);
        assertThat(lists.awaitStored(Duration.ofSeconds(10))).isTrue();
        assertThat(data.stored(lists, id, 10).path()).isEqualTo(NeighbourLists.Path.STORED);

        long removed = claims.get(2);
        dsl.execute("update claim set removed = true where id = ?", removed);
        lists.refresh(removed);
        assertThat(dsl.fetchCount(dsl.selectOne().from("claim_neighbours").where("claim_id = ?", removed)))
                .isZero();
    }
}
