package io.claimdesk.evidence.domain;

import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.core.web.InvalidUrlException;

import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceServiceDbTest extends IntegrationTest {

    @Autowired
    SourceService sources;
    @Autowired
    EvidenceService evidence;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext dsl;
    @Autowired
    ClaimWorkflowService workflow;

    long claim1;
    long claim2;
    long claim3;
    String tag;

    @BeforeEach
    void claims() {
        AppUser checker = accounts.ensure("src-checker", Role.CHECKER);
        accounts.ensure("src-supervisor", Role.SUPERVISOR);
        long article = fixtures.article(checker.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        claim1 = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", checker.id());
        claim2 = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", checker.id());
        claim3 = fixtures.claim(article, "أدنى مستوى منذ عقدين", checker.id());
        tag = Long.toString(System.nanoTime());
        runAs("src-checker", Role.CHECKER);
    }

    @Test
    void merging_keeps_every_evidence_link_and_tells_each_claims_history() {
        Evidence a1 = evidence.add(claim1, new NewEvidence("https://agency.example/wheat-" + tag, Stance.SUPPORTS,
                "short", null, "Wheat up", null, null, null));
        Evidence b1 = evidence.add(claim1, new NewEvidence("https://mirror.example/wheat-" + tag, Stance.REFUTES,
                "a much longer excerpt from the mirror", "mirror note", null, "Mirror", null, null));
        Evidence b2 = evidence.add(claim2, NewEvidence.of("https://mirror.example/wheat-" + tag, Stance.CONTEXT));
        Evidence b3 = evidence.add(claim3, NewEvidence.of("https://mirror.example/wheat-" + tag, Stance.SUPPORTS));
        long target = a1.source().id();
        long other = b1.source().id();

        runAs("src-supervisor", Role.SUPERVISOR);
        MergeResult result = sources.merge(target, other);

        assertThat(result.movedLinks()).isEqualTo(2);
        assertThat(result.collapsedLinks()).isEqualTo(1);
        assertThat(result.affectedClaims()).containsExactly(claim1, claim2, claim3);
        assertThat(result.source().title()).isEqualTo("Wheat up");
        assertThat(result.source().publisher()).isEqualTo("Mirror");
        assertThatThrownBy(() -> sources.get(other)).isInstanceOf(io.claimdesk.core.domain.NotFoundException.class);

        // every claim still cites the (kept) source
        for (long claim : List.of(claim1, claim2, claim3)) {
            assertThat(evidence.forClaim(claim)).extracting(e -> e.source().id()).containsExactly(target);
            assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.CLAIM_ID.eq(claim),
                    CLAIM_EVENT.KIND.eq("source.merged"))).as("claim " + claim).isOne();
        }
        Evidence kept = evidence.forClaim(claim1).get(0);
        assertThat(kept.id()).isEqualTo(a1.id());
        assertThat(kept.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(kept.excerpt()).isEqualTo("a much longer excerpt from the mirror");
        assertThat(kept.note()).isEqualTo("mirror note");
        assertThat(evidence.get(b2.id()).stance()).isEqualTo(Stance.CONTEXT);
        assertThat(evidence.get(b3.id()).source().id()).isEqualTo(target);
        assertThat(sources.citingClaims(target)).hasSize(3);

        String note = dsl.select(CLAIM_EVENT.NOTE).from(CLAIM_EVENT)
                .where(CLAIM_EVENT.CLAIM_ID.eq(claim1), CLAIM_EVENT.KIND.eq("source.merged")).fetchSingle(CLAIM_EVENT.NOTE);
        assertThat(note).contains("cited both").contains("excerpt and note").contains("REFUTES");
    }

    @Test
    void a_merge_that_would_change_what_a_claim_in_review_cites_is_refused_whole() {
        Evidence a1 = evidence.add(claim1, NewEvidence.of("https://agency.example/locked-" + tag, Stance.SUPPORTS));
        Evidence b1 = evidence.add(claim1, NewEvidence.of("https://mirror.example/locked-" + tag, Stance.REFUTES));
        Evidence b2 = evidence.add(claim2, NewEvidence.of("https://mirror.example/locked-" + tag, Stance.CONTEXT));
        long target = a1.source().id();
        long other = b1.source().id();
        workflow.transition(claim1, WorkflowAction.START, null, null, null, workflow.summary(claim1).version());
        workflow.transition(claim1, WorkflowAction.PROPOSE, "HALF_TRUE", "Half of it holds.", null,
                workflow.summary(claim1).version());

        runAs("src-supervisor", Role.SUPERVISOR);
        assertThatThrownBy(() -> sources.merge(target, other))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("claim.locked.some");
                    assertThat(e.arguments()).containsExactly("#" + claim1);
                });
        // nothing moved: both sources, both links of the claim in review, no history
        assertThat(sources.get(other).id()).isEqualTo(other);
        assertThat(evidence.get(b1.id()).source().id()).isEqualTo(other);
        assertThat(evidence.get(b2.id()).source().id()).isEqualTo(other);
        assertThat(dsl.fetchCount(CLAIM_EVENT, CLAIM_EVENT.KIND.eq("source.merged"),
                CLAIM_EVENT.CLAIM_ID.in(claim1, claim2))).isZero();

        // once the supervisor sends it back, the same merge goes through
        workflow.transition(claim1, WorkflowAction.REQUEST_CHANGES, null, null, "Cite the ministry too.",
                workflow.summary(claim1).version());
        MergeResult result = sources.merge(target, other);
        assertThat(result.affectedClaims()).containsExactly(claim1, claim2);
        assertThat(evidence.forClaim(claim1)).extracting(e -> e.source().id()).containsExactly(target);
    }

    @Test
    void a_checker_cannot_merge_or_rate_sources() {
        Evidence a = evidence.add(claim1, NewEvidence.of("https://one.example/" + tag, Stance.SUPPORTS));
        Evidence b = evidence.add(claim2, NewEvidence.of("https://two.example/" + tag, Stance.SUPPORTS));
        assertThatThrownBy(() -> sources.merge(a.source().id(), b.source().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.update(a.source().id(), a.source().version(),
                new SourceChanges(null, null, null, Reliability.RELIABLE, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sources.get(b.source().id())).isNotNull();
        assertThat(sources.get(a.source().id()).reliability()).isEqualTo(Reliability.UNRATED);
    }

    @Test
    void merging_a_source_into_itself_is_refused() {
        Evidence a = evidence.add(claim1, NewEvidence.of("https://self.example/" + tag, Stance.SUPPORTS));
        runAs("src-supervisor", Role.SUPERVISOR);
        assertThatThrownBy(() -> sources.merge(a.source().id(), a.source().id()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void checker_edits_details_and_supervisor_rates_with_version_checks() {
        Source s = evidence.add(claim1, NewEvidence.of("https://edit.example/" + tag, Stance.SUPPORTS)).source();
        OffsetDateTime archived = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        Source edited = sources.update(s.id(), s.version(), new SourceChanges("Edited title", "Publisher",
                SourceType.DATASET, null, null, "https://archive.example/snap", archived, null));
        assertThat(edited.title()).isEqualTo("Edited title");
        assertThat(edited.type()).isEqualTo(SourceType.DATASET);
        assertThat(edited.archivedAt()).isEqualTo(archived);

        assertThatThrownBy(() -> sources.update(s.id(), s.version(), new SourceChanges("Stale", null, null, null,
                null, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Src checker");
        assertThatThrownBy(() -> sources.update(s.id(), edited.version(), new SourceChanges(null, null, null, null,
                null, "data:text/plain,x", null, null)))
                .isInstanceOf(InvalidUrlException.class);

        runAs("src-supervisor", Role.SUPERVISOR);
        Source rated = sources.update(s.id(), edited.version(), new SourceChanges(null, null, null,
                Reliability.MIXED, "two corrections in 2024", null, null, null));
        assertThat(rated.reliability()).isEqualTo(Reliability.MIXED);
        assertThat(rated.reliabilityNote()).isEqualTo("two corrections in 2024");
        assertThat(rated.title()).isEqualTo("Edited title");
    }

    @Test
    void the_registry_filters_by_text_type_and_reliability() {
        evidence.add(claim1, new NewEvidence("https://filter.example/" + tag, Stance.SUPPORTS, null, null,
                "Rainfall dataset " + tag, "Met office", SourceType.DATASET, null));
        evidence.add(claim2, NewEvidence.of("https://other-filter.example/" + tag, Stance.SUPPORTS));
        assertThat(sources.find(new SourceFilter("rainfall dataset " + tag, null, null), 0, 10, List.of()))
                .singleElement().satisfies(r -> assertThat(r.citingClaims()).isOne());
        assertThat(sources.count(new SourceFilter(tag, SourceType.DATASET, null))).isOne();
        assertThat(sources.count(new SourceFilter(tag, null, null))).isEqualTo(2);
        assertThat(sources.count(new SourceFilter("https://WWW.filter.example/" + tag + "?utm_campaign=z", null, null)))
                .isOne();
        assertThat(sources.count(new SourceFilter(tag, null, Reliability.RELIABLE))).isZero();
    }
}
