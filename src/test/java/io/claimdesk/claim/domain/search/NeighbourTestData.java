package io.claimdesk.claim.domain.search;

import io.claimdesk.support.Fixtures;
import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims for the tests of the stored neighbour lists ({@link StoredNeighboursDbTest},
 * {@link StoredNeighboursEdgeCasesDbTest}): 8 articles and statements of random words after a topic word no other
 * test writes (so the nearest claims of these claims are these claims), and the comparison of an answer with the
 * live nearest-neighbour scan ({@link SimilarityRepository#similar}).
 */
final class NeighbourTestData {

    private static final String[] WORDS = {"exports", "wheat", "oil", "rose", "fell", "percent", "billion",
            "ministry", "Basra", "Mosul", "budget", "deficit", "unemployment", "inflation", "prices", "bread",
            "fuel", "electricity", "hours", "daily", "barrels", "schools", "hospitals", "built", "closed"};

    private final DSLContext dsl;
    private final TransactionTemplate tx;
    private final SimilarityRepository live;
    final Random random;
    final long user;
    final String topic;
    final List<Long> articles = new ArrayList<>();
    final List<Long> claims = new ArrayList<>();

    /**
     * Writes 8 articles and {@code claimCount} claims spread over them (by {@code user}), then ages every claim
     * change by a day: the claims written so far are older than any list made from now on, as an archive's are.
     */
    NeighbourTestData(DSLContext dsl, TransactionTemplate tx, SimilarityRepository live, long user, long seed,
                      String name, int claimCount) {
        this.dsl = dsl;
        this.tx = tx;
        this.live = live;
        this.user = user;
        this.random = new Random(seed);
        this.topic = "zq" + Long.toString(System.nanoTime(), 36);
        Fixtures f = new Fixtures(dsl);
        for (int a = 0; a < 8; a++) {
            articles.add(f.article(user, name + " " + a + " " + topic, "Exports rose.", "en"));
        }
        for (int i = 0; i < claimCount; i++) {
            claims.add(insert(articles.get(i % articles.size()), sentence()));
        }
        age();
    }

    /** Moves every claim change of the last day a day back (lists made from now on are newer). */
    void age() {
        dsl.execute("update claim set statement_changed_at = statement_changed_at - interval '1 day' "
                + "where statement_changed_at > now() - interval '1 day'");
    }

    /** The topic word and 6 to 10 random words. */
    String sentence() {
        StringBuilder s = new StringBuilder(topic);
        int n = 6 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    long insert(long articleId, String statement) {
        return dsl.fetchSingle("""
                insert into claim (article_id, quote, start_cp, end_cp, statement, language, created_by)
                values (?, 'Exports rose.', 0, 13, ?, 'en', ?) returning id""", articleId, statement, user)
                .get(0, Long.class);
    }

    record Text(String statement, long articleId) {
    }

    Text text(long id) {
        return dsl.fetchSingle("select statement, article_id from claim where id = ?", id)
                .map(r -> new Text(r.get(0, String.class), r.get(1, Long.class)));
    }

    /** The answer of {@code lists} for claim {@code id}, in a transaction that read the claim (as a lookup does). */
    NeighbourLists.Nearest stored(NeighbourLists lists, long id, int limit) {
        Text t = text(id);
        return tx.execute(s -> lists.nearest(id, t.statement(), t.articleId(), SimilarClaims.THRESHOLD, limit));
    }

    List<SimilarityRepository.Scored> liveScan(long id, int limit) {
        Text t = text(id);
        return live.similar(id, t.statement(), t.articleId(), SimilarClaims.THRESHOLD, limit);
    }

    /** Same similarities in the same order, and the same claims wherever the similarity is not tied at the end. */
    void assertSameAnswer(long id, int limit, NeighbourLists.Nearest got) {
        List<SimilarityRepository.Scored> want = liveScan(id, limit);
        assertThat(got.claims()).as("claim %d, limit %d, path %s", id, limit, got.path()).hasSameSizeAs(want);
        assertThat(got.claims().stream().map(s -> (float) s.similarity()).toList())
                .as("similarities of %d, path %s", id, got.path())
                .isEqualTo(want.stream().map(s -> (float) s.similarity()).toList());
        if (!want.isEmpty()) {
            double last = want.get(want.size() - 1).similarity();
            assertThat(got.claims().stream().filter(s -> (float) s.similarity() > (float) last)
                    .map(SimilarityRepository.Scored::id).toList())
                    .as("claims of %d above the last place, path %s", id, got.path())
                    .isEqualTo(want.stream().filter(s -> (float) s.similarity() > (float) last)
                            .map(SimilarityRepository.Scored::id).toList());
        }
    }
}
