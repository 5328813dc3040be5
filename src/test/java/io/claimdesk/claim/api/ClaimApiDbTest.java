package io.claimdesk.claim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimdesk.core.text.CodePoints;
import io.claimdesk.core.text.SampleArticles;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Claims through the REST API: suggestions, creation by offsets and by quote, editing, anchoring. */
class ClaimApiDbTest extends IntegrationTest {

    /** Our own Arabic wire story with an emoji before the first claim (code points differ from UTF-16 units). */
    static final String STORY = """
            📢 أعلن وزير النقل، الاثنين، افتتاح خط سكة حديد جديد بطول 120 كيلومترا، فيما حذر نواب من تجاوز كلفة المشروع 900 مليون دولار.
            وقال الوزير إن القطارات ستنقل 15 ألف راكب يوميا اعتبارا من الشهر المقبل.
            وكانت الحكومة قد وعدت بإنجاز الخط قبل عامين.""";

    @Autowired
    DSLContext dsl;

    private Api checker;

    @BeforeEach
    void account() {
        accounts.ensure("claim-checker", Role.CHECKER);
        checker = new Api(baseUrl(), "claim-checker", TestAccounts.PASSWORD);
    }

    private long article(String body) {
        Api.Response r = checker.post("/api/v1/articles", Map.of("body", body + "\n" + "—", "force", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void sample_segments_are_seven_sentences_without_byline_and_the_first_splits_at_fima() {
        String sample = SampleArticles.read("iraq-coalition-ar.txt");
        Api.Response imported = checker.postFile("/api/v1/articles", "iraq.txt", "text/plain",
                sample.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("force", "true"));
        long id = imported.json().get("id").asLong();
        JsonNode segments = checker.get("/api/v1/articles/" + id + "/segments").json();
        List<JsonNode> sentences = new ArrayList<>();
        List<JsonNode> clauses = new ArrayList<>();
        segments.forEach(s -> (s.get("kind").asText().equals("sentence") ? sentences : clauses).add(s));
        assertThat(sentences).hasSize(7);
        segments.forEach(s -> assertThat(s.get("text").asText()).doesNotContain("وكالات"));
        JsonNode first = sentences.get(0);
        List<JsonNode> firstClauses = clauses.stream()
                .filter(c -> c.get("start").asInt() >= first.get("start").asInt()
                        && c.get("end").asInt() <= first.get("end").asInt()).toList();
        assertThat(firstClauses).hasSize(2);
        assertThat(firstClauses.get(1).get("text").asText()).startsWith("فيما هددت ميليشيات");
        assertThat(firstClauses.get(0).get("text").asText()).contains("انتهاء المهام القتالية");
        segments.forEach(s -> {
            assertThat(s.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(s.get("reasons").isArray()).isTrue();
        });
    }

    @Test
    void a_claim_created_from_a_suggestion_starts_with_the_claimant_its_reporting_verb_names() {
        String body = "قال مستشار الأمن القومي قاسم الأعرجي إن القوات الأجنبية غادرت 3 قواعد، فيما أكد مسؤولون أن "
                + "الانسحاب سيكتمل قبل نهاية العام.\nوارتفعت الأسعار بنسبة 5 في المئة.";
        Api.Response imported = checker.post("/api/v1/articles", Map.of("title", "الانسحاب", "body", body,
                "language", "ar", "force", true));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long id = imported.json().get("id").asLong();
        JsonNode segments = checker.get("/api/v1/articles/" + id + "/segments").json();
        JsonNode sentence = segments.get(0);
        assertThat(sentence.get("kind").asText()).isEqualTo("sentence");
        assertThat(sentence.get("claimant").asText()).isEqualTo("قاسم الأعرجي");

        // the second clause's verb is in the first clause: the claimant comes from the sentence
        JsonNode clause = null;
        for (JsonNode s : segments) {
            if (s.get("kind").asText().equals("clause") && s.get("text").asText().startsWith("فيما")) {
                clause = s;
            }
        }
        assertThat(clause).isNotNull();
        Api.Response created = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("start", sentence.get("start").asInt(), "end", sentence.get("end").asInt()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("claimant").asText()).isEqualTo("قاسم الأعرجي");

        // an explicit empty claimant means none; the last sentence names nobody
        JsonNode last = segments.get(segments.size() - 1);
        Api.Response none = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("start", last.get("start").asInt(), "end", last.get("end").asInt()));
        assertThat(none.json().get("claimant").isNull()).isTrue();
        Api.Response explicit = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "فيما أكد مسؤولون أن الانسحاب سيكتمل قبل نهاية العام.", "claimant", ""));
        assertThat(explicit.status()).as(explicit.body()).isEqualTo(201);
        assertThat(explicit.json().get("claimant").isNull()).isTrue();
    }

    @Test
    void claims_by_offsets_and_by_quote_store_the_exact_text_and_sql_substring_agrees() {
        long id = article(STORY + " " + UUID.randomUUID());
        String body = checker.get("/api/v1/articles/" + id).json().get("body").asText();
        String quote = "افتتاح خط سكة حديد جديد بطول 120 كيلومترا";
        int start = CodePoints.toCodePointOffset(body, body.indexOf(quote));
        int end = start + CodePoints.length(quote);

        Api.Response byOffsets = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("start", start, "end", end, "claimant", "وزير النقل", "tags", List.of("نقل", "بنية تحتية")));
        assertThat(byOffsets.status()).isEqualTo(201);
        assertThat(byOffsets.json().get("quote").asText()).isEqualTo(quote);
        assertThat(byOffsets.json().get("start").asInt()).isEqualTo(start);

        Api.Response byQuote = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "ستنقل 15 ألف راكب يوميا", "statement", "القطارات ستنقل 15 ألف راكب يوميا"));
        assertThat(byQuote.status()).isEqualTo(201);
        assertThat(byQuote.json().get("quote").asText()).isEqualTo("ستنقل 15 ألف راكب يوميا");

        // PostgreSQL counts characters as code points: substring over the stored offsets gives the stored quote
        for (JsonNode c : List.of(byOffsets.json(), byQuote.json())) {
            String viaSql = dsl.select(DSL.substring(ARTICLE.BODY, CLAIM.START_CP.plus(1),
                            CLAIM.END_CP.minus(CLAIM.START_CP)))
                    .from(CLAIM).join(ARTICLE).on(ARTICLE.ID.eq(CLAIM.ARTICLE_ID))
                    .where(CLAIM.ID.eq(c.get("id").asLong())).fetchSingle().value1();
            assertThat(viaSql).isEqualTo(c.get("quote").asText());
        }
        assertThat(start).isNotEqualTo(body.indexOf(quote)); // the emoji makes UTF-16 and code points differ

        Api.Response missing = checker.post("/api/v1/articles/" + id + "/claims", Map.of("quote", "ليس في النص"));
        assertThat(missing.status()).isEqualTo(422);
        Api.Response outside = checker.post("/api/v1/articles/" + id + "/claims", Map.of("start", 5, "end", 99999));
        assertThat(outside.status()).isEqualTo(422);
    }

    @Test
    void patch_needs_the_current_version_and_records_history() {
        long id = article(STORY + " " + UUID.randomUUID());
        JsonNode claim = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "وكانت الحكومة قد وعدت بإنجاز الخط قبل عامين")).json();
        long claimId = claim.get("id").asLong();
        int version = claim.get("version").asInt();
        Api.Response ok = checker.patch("/api/v1/claims/" + claimId,
                Map.of("version", version, "statement", "الحكومة وعدت بإنجاز الخط قبل عامين", "claimDate", "2026-11-02"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("quote").asText()).isEqualTo("وكانت الحكومة قد وعدت بإنجاز الخط قبل عامين");
        Api.Response stale = checker.patch("/api/v1/claims/" + claimId, Map.of("version", version, "statement", "x"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("Claim checker");
        assertThat(checker.get("/api/v1/claims/" + claimId).json().get("statement").asText())
                .isEqualTo("الحكومة وعدت بإنجاز الخط قبل عامين");
        assertThat(dsl.select(CLAIM_EVENT.KIND).from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_EVENT.ID).fetch(CLAIM_EVENT.KIND)).containsExactly("claim.created", "claim.edited");
    }

    @Test
    void inserting_a_paragraph_keeps_claims_and_deleting_a_sentence_orphans_its_claim() {
        long id = article(STORY + " " + UUID.randomUUID());
        JsonNode a = checker.get("/api/v1/articles/" + id).json();
        String body = a.get("body").asText();
        JsonNode kept = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "افتتاح خط سكة حديد جديد بطول 120 كيلومترا")).json();
        JsonNode doomed = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "ستنقل 15 ألف راكب يوميا")).json();

        String top = "فقرة جديدة في الأعلى تضيف 🙂 سياقا للقارئ.\n";
        JsonNode edited = checker.patch("/api/v1/articles/" + id,
                Map.of("version", a.get("version").asInt(), "body", top + body, "note", "added context")).json();
        JsonNode keptNow = checker.get("/api/v1/claims/" + kept.get("id").asLong()).json();
        assertThat(keptNow.get("orphaned").asBoolean()).isFalse();
        assertThat(keptNow.get("start").asInt()).isEqualTo(kept.get("start").asInt() + CodePoints.length(top));
        assertThat(CodePoints.substring(edited.get("body").asText(), keptNow.get("start").asInt(),
                keptNow.get("end").asInt())).isEqualTo(kept.get("quote").asText());
        assertThat(checker.get("/api/v1/claims/" + doomed.get("id").asLong()).json().get("orphaned").asBoolean())
                .isFalse();

        String withoutSentence = edited.get("body").asText()
                .replace("وقال الوزير إن القطارات ستنقل 15 ألف راكب يوميا اعتبارا من الشهر المقبل.", "");
        checker.patch("/api/v1/articles/" + id, Map.of("version", edited.get("version").asInt(),
                "body", withoutSentence));
        JsonNode orphan = checker.get("/api/v1/claims/" + doomed.get("id").asLong()).json();
        assertThat(orphan.get("orphaned").asBoolean()).isTrue();
        assertThat(orphan.get("quote").asText()).isEqualTo("ستنقل 15 ألف راكب يوميا");
        assertThat(checker.get("/api/v1/claims?articleId=" + id + "&orphaned=true").json().get("total").asInt())
                .isEqualTo(1);
        assertThat(checker.get("/api/v1/claims/" + kept.get("id").asLong()).json().get("orphaned").asBoolean())
                .isFalse();
        assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.CLAIM_ID.eq(doomed.get("id").asLong())
                .and(CLAIM_EVENT.KIND.eq("claim.orphaned")))).isEqualTo(1);
    }

    /**
     * Issue 14: two sentences that differ only in the council; the claimed one is deleted. The claim must not move to
     * its lookalike: it becomes an orphan, the edit's answer says so with the candidate and what differs, and a person
     * confirms the candidate.
     */
    @Test
    void deleting_a_claimed_sentence_never_moves_the_claim_to_its_lookalike() {
        String commons = "وافق مجلس النواب على مشروع قانون الموازنة العامة للعام المقبل بعد جلسة طويلة.";
        String cabinet = "وافق مجلس الوزراء على مشروع قانون الموازنة العامة للعام المقبل بعد جلسة طويلة.";
        long id = article("بغداد (رويترز) - " + commons + "\n" + cabinet + "\nوقال متحدث إن التصويت تأجل مرتين "
                + UUID.randomUUID() + ".");
        JsonNode a = checker.get("/api/v1/articles/" + id).json();
        JsonNode claim = checker.post("/api/v1/articles/" + id + "/claims", Map.of("quote", commons)).json();
        JsonNode moved = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "وقال متحدث إن التصويت تأجل مرتين")).json();

        Api.Response edit = checker.patch("/api/v1/articles/" + id, Map.of("version", a.get("version").asInt(),
                "body", a.get("body").asText().replace(commons + "\n", ""), "note", "removed a duplicate"));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);

        JsonNode changes = edit.json().get("textChanges");
        assertThat(changes).hasSize(2);
        JsonNode orphaned = changes.get(0);
        assertThat(orphaned.get("id").asLong()).isEqualTo(claim.get("id").asLong());
        assertThat(orphaned.get("outcome").asText()).isEqualTo("ORPHANED");
        assertThat(orphaned.get("differences").get(0).asText()).isEqualTo("word: النواب → الوزراء");
        String body = edit.json().get("body").asText();
        assertThat(CodePoints.substring(body, orphaned.get("candidateStart").asInt(),
                orphaned.get("candidateEnd").asInt())).isEqualTo(cabinet);
        JsonNode movedChange = changes.get(1);
        assertThat(movedChange.get("id").asLong()).isEqualTo(moved.get("id").asLong());
        assertThat(movedChange.get("outcome").asText()).isEqualTo("MOVED");
        assertThat(movedChange.get("newStart").asInt())
                .isEqualTo(moved.get("start").asInt() - CodePoints.length(commons + "\n"));

        JsonNode now = checker.get("/api/v1/claims/" + claim.get("id").asLong()).json();
        assertThat(now.get("orphaned").asBoolean()).isTrue();
        assertThat(now.get("quote").asText()).isEqualTo(commons);

        JsonNode candidate = checker.get("/api/v1/claims/" + claim.get("id").asLong() + "/orphan-candidate").json();
        assertThat(candidate.get("quote").asText()).isEqualTo(cabinet);
        Api.Response confirmed = checker.post("/api/v1/claims/" + claim.get("id").asLong()
                + "/orphan-candidate/confirm", Map.of("version", now.get("version").asInt()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("orphaned").asBoolean()).isFalse();
        assertThat(confirmed.json().get("quote").asText()).isEqualTo(cabinet);
        assertThat(checker.get("/api/v1/claims/" + claim.get("id").asLong() + "/orphan-candidate").status())
                .isEqualTo(404);
        assertThat(dsl.select(CLAIM_EVENT.KIND).from(CLAIM_EVENT)
                .where(CLAIM_EVENT.CLAIM_ID.eq(claim.get("id").asLong())).orderBy(CLAIM_EVENT.SEQ)
                .fetch(CLAIM_EVENT.KIND)).containsExactly("claim.created", "claim.orphaned", "claim.reattached");
    }

    @Test
    void a_candidate_from_an_older_text_cannot_be_confirmed() {
        String sentence = "وقال الوزير إن الصادرات بلغت 40 مليون دولار في الربع الأول.";
        long id = article("مقدمة. " + sentence + " " + UUID.randomUUID());
        JsonNode a = checker.get("/api/v1/articles/" + id).json();
        JsonNode claim = checker.post("/api/v1/articles/" + id + "/claims", Map.of("quote", sentence)).json();
        JsonNode first = checker.patch("/api/v1/articles/" + id, Map.of("version", a.get("version").asInt(),
                "body", a.get("body").asText().replace("40 مليون", "45 مليون"))).json();
        assertThat(first.get("textChanges").get(0).get("differences").get(0).asText()).isEqualTo("number: 40 → 45");
        long claimId = claim.get("id").asLong();
        assertThat(checker.get("/api/v1/claims/" + claimId + "/orphan-candidate").status()).isEqualTo(200);

        // a second edit of the text drops the offered passage: its offsets no longer hold
        checker.patch("/api/v1/articles/" + id, Map.of("version", first.get("version").asInt(),
                "body", "سطر جديد.\n" + first.get("body").asText()));
        assertThat(checker.get("/api/v1/claims/" + claimId + "/orphan-candidate").status()).isEqualTo(404);
        JsonNode now = checker.get("/api/v1/claims/" + claimId).json();
        Api.Response refused = checker.post("/api/v1/claims/" + claimId + "/orphan-candidate/confirm",
                Map.of("version", now.get("version").asInt()));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asText()).isEqualTo("notFound.OrphanCandidate");
        Api.Response missing = checker.get("/api/v1/claims/999999999/orphan-candidate");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("notFound.Claim");
    }

    @Test
    void claims_may_overlap_and_the_list_filters() {
        long id = article(STORY + " " + UUID.randomUUID());
        checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "افتتاح خط سكة حديد جديد بطول 120 كيلومترا", "claimant", "وزير النقل"));
        Api.Response overlapping = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "خط سكة حديد جديد", "tags", List.of("سكك")));
        assertThat(overlapping.status()).isEqualTo(201);
        assertThat(checker.get("/api/v1/claims?articleId=" + id).json().get("total").asInt()).isEqualTo(2);
        assertThat(checker.get("/api/v1/claims?articleId=" + id + "&tag=سكك").json().get("total").asInt())
                .isEqualTo(1);
        assertThat(checker.get("/api/v1/claims?articleId=" + id + "&claimant=" + java.net.URLEncoder.encode(
                "وزير", java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isEqualTo(1);
        assertThat(checker.get("/api/v1/claims?status=BOGUS").status()).isEqualTo(422);
    }

    @Test
    void approved_claims_are_locked_and_bad_input_is_refused_clearly() {
        accounts.ensure("claim-supervisor", Role.SUPERVISOR);
        Api supervisor = new Api(baseUrl(), "claim-supervisor", TestAccounts.PASSWORD);
        long id = article(STORY + " " + UUID.randomUUID());
        JsonNode claim = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "وكانت الحكومة قد وعدت بإنجاز الخط قبل عامين")).json();
        long claimId = claim.get("id").asLong();

        Api.Response again = checker.post("/api/v1/articles/" + id + "/claims",
                Map.of("quote", "وكانت الحكومة قد وعدت بإنجاز الخط قبل عامين"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already covers exactly this text");

        assertThat(checker.patch("/api/v1/claims/" + claimId, Map.of("statement", "x")).status()).isEqualTo(422);
        Api.Response fractional = checker.post("/api/v1/articles/" + id + "/claims", Map.of("start", 1.5, "end", 10.7));
        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.json().get("detail").asText()).containsPattern("'(start|end)' must be a whole number");
        assertThat(checker.patch("/api/v1/claims/" + claimId, Map.of("version", claim.get("version").asInt(),
                "claimDate", "2999-01-01")).status()).isEqualTo(422);

        checker.post("/api/v1/claims/" + claimId + "/evidence", Map.of("url", "https://gov.example.org/rail",
                "stance", "refutes"));
        int v = checker.get("/api/v1/claims/" + claimId).json().get("version").asInt();
        v = checker.post("/api/v1/claims/" + claimId + "/transitions", Map.of("action", "start", "version", v))
                .json().get("version").asInt();
        v = checker.post("/api/v1/claims/" + claimId + "/transitions", Map.of("action", "propose", "verdict",
                "FALSE", "rationale", "The plan shows 2026.", "version", v)).json().get("version").asInt();
        v = supervisor.post("/api/v1/claims/" + claimId + "/transitions", Map.of("action", "approve", "version", v))
                .json().get("version").asInt();

        Api.Response edit = checker.patch("/api/v1/claims/" + claimId, Map.of("version", v, "statement", "changed"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("detail").asText()).contains("approved").contains("reopen");
        assertThat(checker.delete("/api/v1/claims/" + claimId + "?version=" + v).status()).isEqualTo(409);
        assertThat(checker.post("/api/v1/claims/" + claimId + "/evidence", Map.of("url", "https://x.example.org/a",
                "stance", "supports")).status()).isEqualTo(409);
        assertThat(checker.get("/api/v1/claims/" + claimId).json().get("statement").asText())
                .isEqualTo("وكانت الحكومة قد وعدت بإنجاز الخط قبل عامين");
        Api.Response nowhere = checker.get("/api/v1/no-such-endpoint");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
    }
}
