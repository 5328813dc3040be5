package io.claimdesk.evidence.domain;

import io.claimdesk.core.web.InvalidUrlException;

import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static io.claimdesk.db.Tables.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceServiceDbTest extends IntegrationTest {

    @Autowired
    EvidenceService evidence;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext dsl;

    long claimA;
    long claimB;

    @BeforeEach
    void claims() {
        AppUser checker = accounts.ensure("ev-checker", Role.CHECKER);
        long article = fixtures.article(checker.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        claimA = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", checker.id());
        claimB = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", checker.id());
        runAs("ev-checker", Role.CHECKER);
    }

    @Test
    void two_spellings_of_one_link_on_two_claims_make_one_source() {
        String path = "/news/story-" + System.nanoTime();
        Evidence first = evidence.add(claimA,
                NewEvidence.of("https://www.Example.com" + path + "?utm_source=x&id=5#top", Stance.SUPPORTS));
        Evidence second = evidence.add(claimB, NewEvidence.of("https://example.com" + path + "?id=5", Stance.REFUTES));

        assertThat(second.source().id()).isEqualTo(first.source().id());
        assertThat(first.source().canonicalUrl()).isEqualTo("https://example.com" + path + "?id=5");
        assertThat(first.source().url()).isEqualTo("https://www.Example.com" + path + "?utm_source=x&id=5#top");
        assertThat(dsl.fetchCount(SOURCE, SOURCE.CANONICAL_URL.eq("https://example.com" + path + "?id=5"))).isOne();
    }

    @Test
    void adding_the_same_source_twice_to_one_claim_is_a_conflict() {
        evidence.add(claimA, NewEvidence.of("https://news.example.org/a?b=1&utm_medium=mail", Stance.SUPPORTS));
        assertThatThrownBy(() -> evidence.add(claimA, NewEvidence.of("https://www.news.example.org/a/?b=1", Stance.CONTEXT)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already cites")
                .hasMessageContaining("news.example.org/a?b=1");
        assertThat(evidence.forClaim(claimA)).hasSize(1);
    }

    @Test
    void refused_links_say_why() {
        assertThatThrownBy(() -> evidence.add(claimA, NewEvidence.of("javascript:alert(1)", Stance.SUPPORTS)))
                .isInstanceOf(InvalidUrlException.class).hasMessageContaining("javascript:");
        assertThatThrownBy(() -> evidence.add(claimA, NewEvidence.of("data:text/html,<b>x</b>", Stance.SUPPORTS)))
                .isInstanceOf(InvalidUrlException.class).hasMessageContaining("data:");
        assertThatThrownBy(() -> evidence.add(claimA,
                NewEvidence.of("https://example.com/" + "a".repeat(2980), Stance.SUPPORTS)))
                .isInstanceOf(InvalidUrlException.class).hasMessageContaining("2,048");
        assertThatThrownBy(() -> evidence.add(claimA, new NewEvidence("https://example.com/ok", Stance.SUPPORTS,
                null, null, null, null, null, "javascript:alert(2)")))
                .isInstanceOf(InvalidUrlException.class);
        assertThat(evidence.forClaim(claimA)).isEmpty();
    }

    @Test
    void an_unknown_claim_is_not_found() {
        assertThatThrownBy(() -> evidence.add(Long.MAX_VALUE, NewEvidence.of("https://example.com/x", Stance.SUPPORTS)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void add_edit_and_remove_are_recorded_in_the_claims_history() {
        Evidence added = evidence.add(claimA, new NewEvidence("https://stats.example.jo/wheat-2024", Stance.SUPPORTS,
                "ارتفع الإنتاج 12%", "official figure", "Wheat output", "Ministry of Agriculture",
                SourceType.OFFICIAL_DOCUMENT, "https://web.archive.org/web/2024/https://stats.example.jo/wheat-2024"));
        assertThat(added.source().type()).isEqualTo(SourceType.OFFICIAL_DOCUMENT);
        assertThat(added.addedByName()).isEqualTo("Ev checker");

        Evidence edited = evidence.edit(added.id(), added.version(), new EvidenceChanges(Stance.CONTEXT, null, ""));
        assertThat(edited.stance()).isEqualTo(Stance.CONTEXT);
        assertThat(edited.note()).isNull();
        assertThat(edited.excerpt()).isEqualTo("ارتفع الإنتاج 12%");
        assertThat(edited.version()).isEqualTo(added.version() + 1);

        evidence.remove(edited.id(), edited.version());
        assertThat(evidence.forClaim(claimA)).isEmpty();

        List<String> kinds = dsl.select(CLAIM_EVENT.KIND).from(CLAIM_EVENT).where(CLAIM_EVENT.CLAIM_ID.eq(claimA))
                .orderBy(CLAIM_EVENT.ID).fetch(CLAIM_EVENT.KIND);
        assertThat(kinds).containsExactly("evidence.added", "evidence.edited", "evidence.removed");
        var editedEvent = dsl.selectFrom(CLAIM_EVENT)
                .where(CLAIM_EVENT.CLAIM_ID.eq(claimA), CLAIM_EVENT.KIND.eq("evidence.edited")).fetchSingle();
        assertThat(editedEvent.getBefore().data()).contains("\"stance\": \"SUPPORTS\"").contains("official figure");
        assertThat(editedEvent.getAfter().data()).contains("\"stance\": \"CONTEXT\"");
    }

    @Test
    void a_stale_version_is_a_conflict_that_names_who_changed_it() {
        Evidence added = evidence.add(claimA, NewEvidence.of("https://example.net/stale", Stance.SUPPORTS));
        runAs("ev-other-supervisor", Role.SUPERVISOR); // a colleague's link: a supervisor may change it
        evidence.edit(added.id(), added.version(), new EvidenceChanges(null, "new excerpt", null));
        runAs("ev-checker", Role.CHECKER);
        assertThatThrownBy(() -> evidence.edit(added.id(), added.version(), new EvidenceChanges(Stance.REFUTES, null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Ev other supervisor")
                .satisfies(e -> assertThat(((ConflictException) e).currentVersion()).isEqualTo(added.version() + 1));
        assertThatThrownBy(() -> evidence.remove(added.id(), added.version())).isInstanceOf(ConflictException.class);
        assertThat(evidence.get(added.id()).excerpt()).isEqualTo("new excerpt");
    }

    @Test
    void stance_counts_for_many_claims_come_from_one_query() {
        evidence.add(claimA, NewEvidence.of("https://example.com/c1", Stance.SUPPORTS));
        evidence.add(claimA, NewEvidence.of("https://example.com/c2", Stance.SUPPORTS));
        evidence.add(claimA, NewEvidence.of("https://example.com/c3", Stance.REFUTES));
        evidence.add(claimB, NewEvidence.of("https://example.com/c1", Stance.CONTEXT));
        Map<Long, StanceCounts> counts = evidence.countsByStance(List.of(claimA, claimB, Long.MAX_VALUE));
        assertThat(counts.get(claimA)).isEqualTo(new StanceCounts(2, 1, 0));
        assertThat(counts.get(claimB)).isEqualTo(new StanceCounts(0, 0, 1));
        assertThat(counts.get(Long.MAX_VALUE)).isEqualTo(StanceCounts.NONE);
        assertThat(evidence.countsByStance(List.of())).isEmpty();
    }

    @Test
    void nobody_signed_in_cannot_add_evidence() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> evidence.add(claimA, NewEvidence.of("https://example.com/anon", Stance.SUPPORTS)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void stance_names_are_read_case_insensitively() {
        assertThat(Stance.parse(" Refutes ")).isEqualTo(Stance.REFUTES);
        assertThat(SourceType.parse("news-report")).isEqualTo(SourceType.NEWS_REPORT);
        assertThatThrownBy(() -> Stance.parse("agrees"))
                .isInstanceOf(io.claimdesk.core.domain.ValidationException.class).hasMessageContaining("supports");
        assertThat(AccessDeniedException.class).isNotNull();
    }
}
