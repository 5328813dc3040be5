package io.claimdesk.bench;

import io.claimdesk.core.text.CodePoints;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.SOURCE;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Fills the database named by {@code CLAIMDESK_TEST_DB_URL} with {@code -Dbench.claims=N} claims (10 per article,
 * 60 % Arabic, 40 % English; all statuses; evidence; history). Rows go in with PostgreSQL COPY in batches of 10,000
 * articles; COPY fires the {@code claim_event} trigger, so the history is hash-chained as usual. Never run by the
 * suite: see docs/benchmarks.md for the command.
 */
class BenchDataGenerator extends IntegrationTest {

    static final int CLAIMS_PER_ARTICLE = 10;
    private static final int BATCH_ARTICLES = 10_000;
    private static final int EVENT_CHUNK = 2_000;
    private static final String[] STATUSES = {"NEW", "IN_PROGRESS", "READY_FOR_REVIEW", "APPROVED", "DISMISSED"};
    private static final String[] VERDICTS = {"TRUE", "MOSTLY_TRUE", "HALF_TRUE", "MISLEADING", "MOSTLY_FALSE",
            "FALSE", "UNPROVEN"};

    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;

    @Test
    void generate() throws Exception {
        String n = System.getProperty("bench.claims");
        assumeThat(n).as("set -Dbench.claims=N").isNotNull();
        int claims = Integer.parseInt(n);
        List<Long> users = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            AppUser u = accounts.ensure("bench-user-" + i, i <= 4 ? Role.SUPERVISOR : Role.CHECKER);
            users.add(u.id());
        }
        long t0 = System.nanoTime();
        SplittableRandom r = new SplittableRandom(42 + dsl.fetchCount(CLAIM));
        int sources = Math.max(100, claims / 50);
        copy("COPY source (url, canonical_url, title, publisher, source_type, reliability, created_by) "
                + "FROM STDIN (FORMAT csv)", sourceRows(r, sources, users));
        long firstSource = dsl.select(org.jooq.impl.DSL.max(SOURCE.ID)).from(SOURCE).fetchSingle().value1()
                - sources + 1;
        int articles = Math.max(1, claims / CLAIMS_PER_ARTICLE);
        int done = 0;
        while (done < articles) {
            int batch = Math.min(BATCH_ARTICLES, articles - done);
            batch(r, batch, users, firstSource, sources);
            done += batch;
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "[bench-data] %d articles, %d claims, %.0f s, %.0f claims/s%n", done,
                    done * CLAIMS_PER_ARTICLE, s, done * CLAIMS_PER_ARTICLE / s);
        }
        try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("VACUUM ANALYZE");
        }
        System.out.printf(Locale.ROOT, "[bench-data] done: %d claims in %.0f s%n", claims,
                (System.nanoTime() - t0) / 1e9);
    }

    private String sourceRows(SplittableRandom r, int count, List<Long> users) {
        StringBuilder b = new StringBuilder();
        String[] types = {"OFFICIAL_DOCUMENT", "OFFICIAL_STATEMENT", "NEWS_REPORT", "WIRE", "DATASET", "OTHER"};
        String[] rel = {"UNRATED", "RELIABLE", "MIXED", "UNRELIABLE"};
        String salt = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            String url = "https://source-" + salt + "-" + i + ".example.org/report/" + i;
            row(b, url, url, "Report " + i, "Publisher " + (i % 500), types[r.nextInt(types.length)],
                    rel[r.nextInt(rel.length)], users.get(r.nextInt(users.size())));
        }
        return b.toString();
    }

    private void batch(SplittableRandom r, int count, List<Long> users, long firstSource, int sources)
            throws SQLException, IOException {
        // articles
        StringBuilder a = new StringBuilder();
        List<List<String[]>> sentences = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<Boolean> arabic = new ArrayList<>();
        List<OffsetDateTime> created = new ArrayList<>();
        String salt = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            boolean ar = r.nextInt(10) < 6;
            List<String[]> claimSentences = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < CLAIMS_PER_ARTICLE; k++) {
                String[] s = BenchText.sentence(r, ar);
                claimSentences.add(s);
                body.append(s[1]).append(' ').append(BenchText.filler(r, ar)).append('\n');
            }
            String text = body.toString().strip();
            OffsetDateTime at = OffsetDateTime.of(2023, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC)
                    .plusMinutes(r.nextInt(3 * 365 * 24 * 60));
            sentences.add(claimSentences);
            bodies.add(text);
            arabic.add(ar);
            created.add(at);
            String title = claimSentences.get(0)[1];
            row(a, title.substring(0, Math.min(90, title.length())), ar ? "ar" : "en", ar ? "rtl" : "ltr", text,
                    salt + "-" + i, users.get(r.nextInt(users.size())), at.toString(), at.toString());
        }
        long before = maxId(ARTICLE.ID);
        copy("COPY article (title, language, direction, body, content_hash, created_by, created_at, updated_at) "
                + "FROM STDIN (FORMAT csv)", a.toString());
        // claims
        StringBuilder c = new StringBuilder();
        List<String> statuses = new ArrayList<>();
        List<Long> creators = new ArrayList<>();
        List<OffsetDateTime> claimCreated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long articleId = before + 1 + i;
            String body = bodies.get(i);
            boolean ar = arabic.get(i);
            for (String[] s : sentences.get(i)) {
                int utf16 = body.indexOf(s[1]);
                int start = CodePoints.toCodePointOffset(body, utf16);
                int end = start + CodePoints.length(s[1]);
                String prefix = CodePoints.substring(body, Math.max(0, start - 32), start);
                String suffix = CodePoints.substring(body, end, Math.min(CodePoints.length(body), end + 32));
                int roll = r.nextInt(100);
                String status = roll < 40 ? STATUSES[0] : roll < 65 ? STATUSES[1] : roll < 75 ? STATUSES[2]
                        : roll < 95 ? STATUSES[3] : STATUSES[4];
                boolean verdict = status.equals("READY_FOR_REVIEW") || status.equals("APPROVED");
                long creator = users.get(4 + r.nextInt(users.size() - 4));
                long supervisor = users.get(r.nextInt(4));
                OffsetDateTime at = created.get(i).plusMinutes(r.nextInt(600));
                String tag1 = BenchText.tag(r, ar);
                String tag2 = BenchText.tag(r, ar);
                String tags = tag1.equals(tag2) ? "{\"" + tag1 + "\"}" : "{\"" + tag1 + "\",\"" + tag2 + "\"}";
                row(c, articleId, s[1], prefix, suffix, start, end, s[1], s[0], tags, ar ? "ar" : "en",
                        String.format(Locale.ROOT, "%.2f", r.nextDouble()), status,
                        verdict ? VERDICTS[r.nextInt(VERDICTS.length)] : null,
                        verdict ? "Checked against the official figures." : null,
                        status.equals("NEW") ? null : creator, creator, at.toString(), at.toString(),
                        verdict ? creator : null, verdict ? at.plusHours(2).toString() : null,
                        status.equals("APPROVED") ? supervisor : null,
                        status.equals("APPROVED") ? at.plusHours(5).toString() : null);
                statuses.add(status);
                creators.add(creator);
                claimCreated.add(at);
            }
        }
        long firstClaim = maxId(CLAIM.ID) + 1;
        copy("COPY claim (article_id, quote, quote_prefix, quote_suffix, start_cp, end_cp, statement, claimant, "
                + "tags, language, check_worthiness, status, verdict, rationale, assignee_id, created_by, "
                + "created_at, updated_at, proposed_by, proposed_at, approved_by, approved_at) "
                + "FROM STDIN (FORMAT csv)", c.toString());
        // history and evidence
        StringBuilder e = new StringBuilder();
        StringBuilder ev = new StringBuilder();
        for (int i = 0; i < statuses.size(); i++) {
            if (i > 0 && i % EVENT_CHUNK == 0) {
                copyEvents(e);
                e.setLength(0);
            }
            long id = firstClaim + i;
            long who = creators.get(i);
            OffsetDateTime at = claimCreated.get(i);
            event(e, id, who, at, "claim.created", null, "{\"source\": \"bench\"}");
            String status = statuses.get(i);
            if (!status.equals("NEW")) {
                String to = status.equals("DISMISSED") ? "DISMISSED" : "IN_PROGRESS";
                event(e, id, who, at.plusMinutes(5), "status.changed", "{\"status\": \"NEW\"}",
                        "{\"status\": \"" + to + "\"}");
                long s1 = firstSource + r.nextInt(sources);
                long s2 = firstSource + ((s1 - firstSource + 1 + r.nextInt(sources - 1)) % sources);
                String[] stances = {"SUPPORTS", "REFUTES", "CONTEXT"};
                row(ev, id, s1, stances[r.nextInt(3)], "Excerpt of the source.", who, at.plusMinutes(20).toString());
                if (r.nextBoolean()) {
                    row(ev, id, s2, stances[r.nextInt(3)], null, who, at.plusMinutes(25).toString());
                }
            }
            if (status.equals("READY_FOR_REVIEW") || status.equals("APPROVED")) {
                event(e, id, who, at.plusHours(2), "status.changed", "{\"status\": \"IN_PROGRESS\"}",
                        "{\"status\": \"READY_FOR_REVIEW\"}");
            }
            if (status.equals("APPROVED")) {
                event(e, id, who, at.plusHours(5), "status.changed", "{\"status\": \"READY_FOR_REVIEW\"}",
                        "{\"status\": \"APPROVED\"}");
            }
        }
        copyEvents(e);
        copy("COPY evidence (claim_id, source_id, stance, excerpt, added_by, added_at) FROM STDIN (FORMAT csv)",
                ev.toString());
    }

    /**
     * The history trigger takes a transaction-scoped advisory lock per claim, so one COPY covers at most
     * {@link #EVENT_CHUNK} claims (the server's lock table holds max_locks_per_transaction x max_connections).
     */
    private void copyEvents(StringBuilder e) throws SQLException, IOException {
        copy("COPY claim_event (claim_id, actor_id, occurred_at, kind, before, after) FROM STDIN (FORMAT csv)",
                e.toString());
    }

    private static void event(StringBuilder b, long claimId, long actor, OffsetDateTime at, String kind,
                              String before, String after) {
        row(b, claimId, actor, at.toString(), kind, before, after);
    }

    private long maxId(org.jooq.TableField<?, Long> id) {
        Long max = dsl.select(org.jooq.impl.DSL.max(id)).from(id.getTable()).fetchSingle().value1();
        return max == null ? 0 : max;
    }

    /** One CSV row; null is an unquoted empty field (NULL in COPY csv), text is always quoted. */
    private static void row(StringBuilder b, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Number) {
                b.append(v);
            } else {
                b.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        b.append('\n');
    }

    /** COPY ... FROM STDIN: the bulk-load statement has no jOOQ form; the text is ours, never user input. */
    private void copy(String sql, String csv) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
