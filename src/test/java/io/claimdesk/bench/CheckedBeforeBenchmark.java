package io.claimdesk.bench;

import io.claimdesk.claim.domain.search.MatchReason;
import io.claimdesk.claim.domain.search.SimilarClaim;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;

/**
 * "Checked before" on the labelled claim pairs of {@code src/test/resources/checked-before/pairs.tsv} (issue 18):
 * every claim of every pair is stored in its own article (with its claimant and its cited source), then each claim
 * asks {@link SimilarClaims#similarTo} for its top 5 (other articles). A returned claim is relevant when it is the
 * claim's partner in a pair labelled {@code same}; anything else returned (the partner of a {@code different} pair,
 * a claim of another pair) is a false match.
 *
 * <p>Precision at 5 = relevant returned in the top 5 / all returned in the top 5 (over all queries); recall at 5 =
 * relevant returned in the top 5 / relevant pairs x 2 (both directions). Also per kind of pair, the hard negatives
 * listed, and the pairs missed. Writes section {@code checked-before-pairs} of docs/benchmarks.md. Run on a fresh
 * database (the embedded one of a new JVM): other claims in the database would compete for the top 5.
 */
class CheckedBeforeBenchmark extends IntegrationTest {

    private static final int K = 5;

    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext dsl;
    @Autowired
    SimilarClaims similar;

    record Side(String language, String statement, String claimant, String source) {
    }

    record Pair(int line, boolean same, String kind, Side a, Side b) {
    }

    @Test
    void precision_and_recall_at_5() throws Exception {
        List<Pair> pairs = read();
        AppUser user = accounts.ensure("bench-checked-before", Role.CHECKER);
        String run = UUID.randomUUID().toString();
        Map<String, Long> sources = new HashMap<>();
        Map<Long, Long> partner = new HashMap<>();
        Map<Long, Pair> pairOf = new HashMap<>();
        List<long[]> ids = new ArrayList<>();
        for (Pair p : pairs) {
            long a = store(p.a(), user.id(), run, sources);
            long b = store(p.b(), user.id(), run, sources);
            partner.put(a, b);
            partner.put(b, a);
            pairOf.put(a, p);
            pairOf.put(b, p);
            ids.add(new long[]{a, b});
        }
        runAs("bench-checked-before", Role.CHECKER);
        int returned = 0;
        int relevantReturned = 0;
        int relevantTotal = 0;
        int negativesListed = 0;
        int otherPairs = 0;
        Map<String, int[]> byKind = new TreeMap<>(); // kind -> {queries, partner found}
        Map<MatchReason, Integer> reasonsOfHits = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (long[] pair : ids) {
            for (long query : pair) {
                Pair p = pairOf.get(query);
                List<SimilarClaim> top = similar.similarTo(query, false, K);
                long mate = partner.get(query);
                boolean found = top.stream().anyMatch(s -> s.claim().id() == mate);
                returned += top.size();
                int[] k = byKind.computeIfAbsent((p.same() ? "same: " : "different: ") + p.kind(), x -> new int[2]);
                k[0]++;
                k[1] += found ? 1 : 0;
                for (SimilarClaim s : top) {
                    if (s.claim().id() == mate && p.same()) {
                        s.reasons().forEach(r -> reasonsOfHits.merge(r, 1, Integer::sum));
                    } else if (s.claim().id() != mate) {
                        otherPairs++;
                        Pair other = pairOf.get(s.claim().id());
                        misses.add(String.format(Locale.ROOT, "line %d (%s) listed %s: %s", p.line(), p.kind(),
                                other == null ? "claim " + s.claim().id() + " (not of the set)"
                                        : "line " + other.line(), s.reasons()));
                    }
                }
                if (p.same()) {
                    relevantTotal++;
                    relevantReturned += found ? 1 : 0;
                    if (!found) {
                        misses.add(String.format(Locale.ROOT, "line %d (%s): partner not in the top %d", p.line(),
                                p.kind(), K));
                    }
                } else if (found) {
                    negativesListed++;
                    misses.add(String.format(Locale.ROOT, "line %d (%s): hard negative listed", p.line(),
                            p.kind()));
                }
            }
        }
        double precision = returned == 0 ? 0 : relevantReturned / (double) returned;
        double recall = relevantTotal == 0 ? 0 : relevantReturned / (double) relevantTotal;
        StringBuilder kinds = new StringBuilder("| pairs | queries | partner in the top 5 |\n|---|---|---|\n");
        byKind.forEach((kind, v) -> kinds.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", kind, v[0],
                v[1])));
        long samePairs = pairs.stream().filter(Pair::same).count();
        String body = String.format(Locale.ROOT, """
                        ### Checked before: precision and recall at 5 (issue 18)

                        %d labelled pairs of our own (`src/test/resources/checked-before/pairs.tsv`): %d the same claim \
                        (Arabic/English with a shared source, figure, transliterated name, date; same-language rewordings), \
                        %d not (the same figure on another topic, the same person with another figure, the same source \
                        with another claim, the same wording about another thing). Each of the %d claims asks for its \
                        top 5 in one database holding all of them.

                        - **precision at 5: %.2f** (%d of %d listed claims are the same claim)
                        - **recall at 5: %.2f** (%d of %d partners of same-claim pairs found, both directions)
                        - hard negatives listed (a `different` pair's partner in the top 5): %d of %d queries
                        - claims of other pairs listed: %d
                        - reasons given for the relevant matches: %s

                        %s
                        Wrong or missing, for the record:

                        %s

                        ```
                        ./mvnw -B test -Dtest=CheckedBeforeBenchmark -Dsurefire.failIfNoSpecifiedTests=false
                        ```
                        """, pairs.size(), samePairs, pairs.size() - samePairs, pairs.size() * 2, precision,
                relevantReturned, returned, recall, relevantReturned, relevantTotal, negativesListed,
                (pairs.size() - samePairs) * 2, otherPairs, reasonsOfHits, kinds,
                misses.isEmpty() ? "- none" : "- " + String.join("\n- ", misses));
        BenchDoc.section("checked-before-pairs", body);
    }

    private long store(Side side, long userId, String run, Map<String, Long> sources) {
        String body = side.statement() + "\n" + run + " " + UUID.randomUUID();
        long article = fixtures.article(userId, "pair", body, side.language());
        long claim = fixtures.claim(article, side.statement(), userId);
        if (!side.claimant().isEmpty()) {
            dsl.update(CLAIM).set(CLAIM.CLAIMANT, side.claimant()).where(CLAIM.ID.eq(claim)).execute();
        }
        if (!side.source().isEmpty()) {
            long source = sources.computeIfAbsent(side.source(), tag -> {
                String url = "https://pairs.example.org/" + run + "/" + tag;
                return dsl.insertInto(SOURCE).set(SOURCE.URL, url).set(SOURCE.CANONICAL_URL, url)
                        .returning(SOURCE.ID).fetchSingle(SOURCE.ID);
            });
            dsl.insertInto(EVIDENCE).set(EVIDENCE.CLAIM_ID, claim).set(EVIDENCE.SOURCE_ID, source)
                    .set(EVIDENCE.STANCE, Stance.SUPPORTS).set(EVIDENCE.ADDED_BY, userId)
                    .set(EVIDENCE.ENTERED_URL, "https://pairs.example.org/" + run + "/" + side.source()).execute();
        }
        return claim;
    }

    /** The pairs of the TSV file (columns in its header comment). */
    static List<Pair> read() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CheckedBeforeBenchmark.class.getResourceAsStream("/checked-before/pairs.tsv")),
                StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 10 || !(f[0].equals("same") || f[0].equals("different"))) {
                    throw new IllegalStateException("pairs.tsv line " + n + ": 10 tab-separated columns expected");
                }
                pairs.add(new Pair(n, f[0].equals("same"), f[1], new Side(f[2], f[3], f[4], f[5]),
                        new Side(f[6], f[7], f[8], f[9])));
            }
        }
        return pairs;
    }
}
