package io.claimdesk.claim.domain.search;

import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored neighbour lists of "checked before" (V18_21, {@link NeighbourLists}) answer as the live
 * nearest-neighbour scan ({@link SimilarityRepository#similar}) after claims are created, edited, removed and
 * restored, and are not used when their claim's own statement changed.
 */
class StoredNeighboursDbTest extends IntegrationTest {

    private static final String[] WORDS = {"exports", "wheat", "oil", "rose", "fell", "percent", "billion",
            "ministry", "Basra", "Mosul", "budget", "deficit", "unemployment", "inflation", "prices", "bread",
            "fuel", "electricity", "hours", "daily", "barrels", "schools", "hospitals", "built", "closed"};

    @Autowired
    DSLContext dsl;
    @Autowired
    NeighbourLists lists;
    @Autowired
    SimilarityRepository live;
    @Autowired
    TransactionTemplate tx;

    private final Random random = new Random(18_21);
    private long user;
    private final List<Long> articles = new ArrayList<>();
    private final List<Long> claims = new ArrayList<>();
    private String topic;

    @BeforeEach
    void data() {
        runAs("neighbours-checker", Role.CHECKER);
        user = accounts.ensure("neighbours-checker", Role.CHECKER).id();
        Fixtures f = new Fixtures(dsl);
        // a word no other test writes, in every statement: the nearest claims of these claims are these claims
        topic = "zq" + Long.toString(System.nanoTime(), 36);
        for (int a = 0; a < 8; a++) {
            articles.add(f.article(user, "Neighbours " + a + " " + topic, "Exports rose.", "en"));
        }
        for (int i = 0; i < 120; i++) {
            claims.add(insert(articles.get(i % articles.size()), sentence()));
        }
        // the claims written so far are older than any list made from now on (as an archive's are)
        dsl.execute("update claim set statement_changed_at = statement_changed_at - interval '1 day' "
                + "where statement_changed_at > now() - interval '1 day'");
    }

    private String sentence() {
        StringBuilder s = new StringBuilder(topic);
        int n = 6 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private long insert(long articleId, String statement) {
        return dsl.fetchSingle("""
                insert into claim (article_id, quote, start_cp, end_cp, statement, language, created_by)
                values (?, 'Exports rose.', 0, 13, ?, 'en', ?) returning id""", articleId, statement, user)
                .get(0, Long.class);
    }

    private record Text(String statement, long articleId) {
    }

    private Text text(long id) {
        return dsl.fetchSingle("select statement, article_id from claim where id = ?", id)
                .map(r -> new Text(r.get(0, String.class), r.get(1, Long.class)));
    }

    private NeighbourLists.Nearest stored(long id, int limit) {
        Text t = text(id);
        return tx.execute(s -> lists.nearest(id, t.statement(), t.articleId(), SimilarClaims.THRESHOLD, limit));
    }

    private List<SimilarityRepository.Scored> liveScan(long id, int limit) {
        Text t = text(id);
        return live.similar(id, t.statement(), t.articleId(), SimilarClaims.THRESHOLD, limit);
    }

    /** Same similarities in the same order, and the same claims wherever the similarity is not tied at the end. */
    private void assertSameAnswer(long id, int limit, NeighbourLists.Nearest got) {
        List<SimilarityRepository.Scored> want = liveScan(id, limit);
        assertThat(got.claims()).as("claim %d, limit %d", id, limit).hasSameSizeAs(want);
        assertThat(got.claims().stream().map(s -> (float) s.similarity()).toList()).as("similarities of %d", id)
                .isEqualTo(want.stream().map(s -> (float) s.similarity()).toList());
        if (!want.isEmpty()) {
            double last = want.get(want.size() - 1).similarity();
            assertThat(got.claims().stream().filter(s -> (float) s.similarity() > (float) last).toList())
                    .as("claims of %d above the last place", id)
                    .isEqualTo(want.stream().filter(s -> (float) s.similarity() > (float) last).toList());
        }
    }

    /** {@link #assertSameAnswer} for 10 and 20 of each claim; the number answered from its stored list. */
    private int assertAllAnswerAsTheLiveScan(List<Long> asked) {
        int fromLists = 0;
        for (long id : asked) {
            NeighbourLists.Nearest got = stored(id, 10);
            fromLists += got.path() == NeighbourLists.Path.STORED ? 1 : 0;
            assertSameAnswer(id, 10, got);
            assertSameAnswer(id, 20, stored(id, 20));
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
            long article = articles.get((articles.indexOf(text(near).articleId()) + 1) % articles.size());
            insert(article, text(near).statement() + " again");
            insert(articles.get(random.nextInt(articles.size())), sentence());
        }
        // neighbours edited, removed, and one restored
        List<Long> others = claims.subList(24, claims.size());
        for (int i = 0; i < 10; i++) {
            dsl.execute("update claim set statement = ? where id = ?", sentence(), others.get(random.nextInt(
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
                long article = articles.get((articles.indexOf(text(near).articleId()) + 1) % articles.size());
                insert(article, text(near).statement() + " round " + round);
                insert(article, text(near).statement() + " and again " + round);
                // a claim nearest to an asked claim now (its list must fill the gap) or any other claim
                long other = i % 4 < 2 ? stored(near, 10).claims().get(random.nextInt(3)).id()
                        : claims.get(16 + random.nextInt(claims.size() - 16));
                if (asked.contains(other)) {
                    continue;
                }
                if (i % 2 == 0) {
                    dsl.execute("update claim set statement = ? where id = ?", sentence(), other);
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
        assertThat(stored(id, 10).path()).isEqualTo(NeighbourLists.Path.STORED);

        dsl.execute("update claim set statement = ? where id = ?", sentence(), id);

        NeighbourLists.Nearest got = stored(id, 10);
        assertThat(got.path()).isEqualTo(NeighbourLists.Path.LIVE);
        assertSameAnswer(id, 10, got);
        // the live answer's list is stored after the lookup, on the lists' own thread
        assertThat(lists.awaitStored(Duration.ofSeconds(10))).isTrue();
        NeighbourLists.Nearest again = stored(id, 10);
        assertThat(again.path()).isEqualTo(NeighbourLists.Path.STORED);
        assertSameAnswer(id, 10, again);
    }

    @Test
    void a_claim_without_a_list_is_answered_live_and_a_removed_claim_gets_no_list() throws Exception {
        long id = claims.get(1);
        NeighbourLists.Nearest first = stored(id, 10);
        assertThat(first.path()).isEqualTo(NeighbourLists.Path.LIVE);
        assertSameAnswer(id, 10, first);
        assertThat(lists.awaitStored(Duration.ofSeconds(10))).isTrue();
        assertThat(stored(id, 10).path()).isEqualTo(NeighbourLists.Path.STORED);

        long removed = claims.get(2);
        dsl.execute("update claim set removed = true where id = ?", removed);
        lists.refresh(removed);
        assertThat(dsl.fetchCount(dsl.selectOne().from("claim_neighbours").where("claim_id = ?", removed)))
                .isZero();
    }
}
