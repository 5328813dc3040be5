package io.claimdesk.report.domain;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.Stance;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.ScratchDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Export and restore between scratch databases on the test server (claim_event refuses TRUNCATE, so an "empty
 * instance" is a fresh database with the migrations applied).
 */
class WorkbenchBackupDbTest {

    private static final List<ScratchDatabase> OPEN = new ArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime EXPORTED_AT = OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    /** A fresh database with the migrations applied. */
    private static DSLContext freshDatabase() {
        ScratchDatabase db = ScratchDatabase.create();
        OPEN.add(db);
        return db.dsl();
    }

    @AfterAll
    static void close() {
        OPEN.forEach(ScratchDatabase::close);
    }

    private static WorkbenchBackup backup(DSLContext dsl) {
        return new WorkbenchBackup(dsl, password -> "{noop}" + password);
    }

    /** Articles, claims in every status, evidence, comments, a group, revisions and history. */
    private static void populate(DSLContext dsl) {
        ReportFixtures f = new ReportFixtures(dsl);
        long admin = f.user("admin", "Administrator", UserRole.ADMIN);
        long checker = f.user("nour", "نور المدققة", UserRole.CHECKER);
        long supervisor = f.user("sami", "Sami Supervisor", UserRole.SUPERVISOR);
        long ar = f.article(checker, "القمح في الأردن", "https://news.example/ar/wheat", Fixtures.ARABIC_STORY, "ar");
        f.revision(ar, 1, Fixtures.ARABIC_STORY + " (old)", checker);
        long en = f.article(admin, "Emoji 😀 story", "https://news.example/en/emoji",
                "The minister 😀 said exports doubled in 2024. Critics disagree.", "en");
        long approved = f.claim(ar, "إنتاج القمح ارتفع بنسبة 12 في المئة", "القمح ارتفع 12٪", "وزارة الزراعة", checker);
        f.evidence(approved, "https://moa.example.jo/s", "Stats", Stance.SUPPORTS, checker);
        f.decide(approved, ClaimStatus.APPROVED, "TRUE", "official data", checker, supervisor);
        long ready = f.claim(ar, "ستوزع 40 ألف طن من البذور", "40 ألف طن", "الوزير", checker);
        f.evidence(ready, "https://moa.example.jo/s", "Stats", Stance.REFUTES, checker);
        f.decide(ready, ClaimStatus.READY_FOR_REVIEW, "FALSE", "no budget line", checker, supervisor);
        long progress = f.claim(ar, "وكانت الأمطار قد تراجعت", "rain", "", checker);
        f.status(progress, ClaimStatus.IN_PROGRESS, checker);
        long dismissed = f.claim(en, "Critics disagree.", "critics", "", admin);
        f.status(dismissed, ClaimStatus.DISMISSED, supervisor);
        long fresh = f.claim(en, "exports doubled in 2024", "exports doubled", "The minister", checker);
        f.comment(fresh, supervisor, "Check the customs data first.");
        f.group(checker, approved, ready);
        long removed = f.claim(en, "The minister", "removed", "", checker);
        f.remove(removed, admin);
    }

    @Test
    void export_import_export_gives_the_same_content_and_the_same_history_hashes() throws Exception {
        DSLContext source = freshDatabase();
        populate(source);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        backup(source).export(first, EXPORTED_AT);

        DSLContext target = freshDatabase();
        WorkbenchBackup.ImportSummary summary = backup(target).importFrom(new ByteArrayInputStream(first.toByteArray()));

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        backup(target).export(second, EXPORTED_AT.plusDays(1));
        JsonNode a = JSON.readTree(first.toByteArray());
        JsonNode b = JSON.readTree(second.toByteArray());
        assertThat(a.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(a.get("claims")).hasSize(6);
        assertThat(a.get("claimEvents").size()).isGreaterThan(10);
        assertThat(a.at("/articleUploads/0/bytes").asText()).startsWith("77u/"); // base64 of the BOM
        assertThat(a.get("users").toString()).doesNotContain("password");
        // restored accounts are deactivated on purpose (they get random passwords); everything else is identical
        assertThat(withoutVolatile(b)).isEqualTo(withoutVolatile(a));
        assertThat(b.get("users")).allSatisfy(u -> assertThat(u.get("active").asBoolean()).isFalse());
        List<String> statuses = new ArrayList<>();
        a.get("claims").forEach(c -> statuses.add(c.get("status").asText()));
        assertThat(statuses).contains("NEW", "IN_PROGRESS", "READY_FOR_REVIEW", "APPROVED", "DISMISSED");

        assertThat(summary.usersCreated()).isEqualTo(3);
        assertThat(summary.usersRemapped()).isZero();
        assertThat(summary.historyEvents()).isEqualTo(a.get("claimEvents").size());
        assertThat(summary.historyHashesVerified()).isEqualTo(summary.historyEvents());
        assertThat(summary.historyHashesChanged()).isZero();
        assertThat(summary.rows()).containsEntry("claims", 6).containsEntry("articles", 2);
        // the restored hashes are the database's own, byte for byte
        assertThat(target.select(CLAIM_EVENT.HASH).from(CLAIM_EVENT).orderBy(CLAIM_EVENT.ID).fetch(CLAIM_EVENT.HASH))
                .isEqualTo(source.select(CLAIM_EVENT.HASH).from(CLAIM_EVENT).orderBy(CLAIM_EVENT.ID)
                        .fetch(CLAIM_EVENT.HASH));
        // identity sequences continue after the restored ids
        long nextArticle = new ReportFixtures(target).article(1, "after restore", "https://x.example/a", "text", "en");
        assertThat(nextArticle).isGreaterThan(source.select(DSL.max(ARTICLE.ID)).from(ARTICLE).fetchSingle().value1());
        assertThat(target.select(APP_USER.PASSWORD_HASH).from(APP_USER).fetch(APP_USER.PASSWORD_HASH))
                .allSatisfy(h -> assertThat(h).startsWith("{noop}").hasSizeGreaterThan(20));
    }

    @Test
    void import_into_an_instance_with_content_is_refused() throws Exception {
        DSLContext source = freshDatabase();
        populate(source);
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        backup(source).export(export, EXPORTED_AT);

        assertThatThrownBy(() -> backup(source).importFrom(new ByteArrayInputStream(export.toByteArray())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("empty instance");
    }

    @Test
    void altered_history_is_detected_and_nothing_is_restored() throws Exception {
        DSLContext source = freshDatabase();
        populate(source);
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        backup(source).export(export, EXPORTED_AT);
        ObjectNode doc = (ObjectNode) JSON.readTree(export.toByteArray());
        ((ObjectNode) doc.get("claimEvents").get(0)).put("note", "rewritten history");

        DSLContext target = freshDatabase();
        assertThatThrownBy(() -> backup(target).importFrom(new ByteArrayInputStream(JSON.writeValueAsBytes(doc))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("different hash");
        assertThat(target.fetchCount(CLAIM)).isZero();
        assertThat(target.fetchCount(APP_USER)).isZero();
    }

    @Test
    void documents_that_are_not_exports_are_refused() {
        DSLContext target = freshDatabase();
        WorkbenchBackup backup = backup(target);
        assertThatThrownBy(() -> backup.importFrom(bytes("{\"format\":\"other\",\"schemaVersion\":1}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a Claimdesk export");
        assertThatThrownBy(() -> backup.importFrom(bytes("{\"format\":\"claimdesk-export\",\"schemaVersion\":99}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("version 99");
        assertThatThrownBy(() -> backup.importFrom(bytes("{\"format\":\"claimdesk-export\",\"schemaVersion\":1,"
                + "\"users\":[],\"claims\":[{\"id\":1,\"shoe_size\":42}]}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("shoe_size");
        assertThatThrownBy(() -> backup.importFrom(bytes("{\"format\":\"claimdesk-export\",")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not valid JSON");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode withoutVolatile(JsonNode export) {
        ObjectNode copy = export.deepCopy();
        copy.remove("exportedAt");
        copy.get("users").forEach(u -> ((ObjectNode) u).remove("active"));
        return copy;
    }
}
