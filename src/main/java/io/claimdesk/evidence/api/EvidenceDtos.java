package io.claimdesk.evidence.api;

import io.claimdesk.core.text.TextLimit;
import io.claimdesk.core.web.UrlCanonicalizer;
import io.claimdesk.evidence.domain.CitingClaim;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.MergeResult;
import io.claimdesk.evidence.domain.Source;
import io.claimdesk.evidence.domain.SourceSummary;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** JSON shapes of the evidence API. Enum values are written in lower case ({@code supports}, {@code news_report}). */
final class EvidenceDtos {

    private EvidenceDtos() {
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** A source; {@code citingClaims} is present in lists and details. */
    record SourceDto(long id, String url, String canonicalUrl, @Nullable String title, @Nullable String publisher,
                     String sourceType, String reliability, @Nullable String reliabilityNote,
                     @Nullable String archiveUrl, @Nullable OffsetDateTime archivedAt, OffsetDateTime firstSeenAt,
                     @Nullable OffsetDateTime lastAccessedAt, OffsetDateTime updatedAt, int version,
                     @Nullable Integer citingClaims) {
        static SourceDto of(Source s, @Nullable Integer citingClaims) {
            return new SourceDto(s.id(), s.url(), s.canonicalUrl(), s.title(), s.publisher(), lower(s.type()),
                    lower(s.reliability()), s.reliabilityNote(), s.archiveUrl(), s.archivedAt(), s.firstSeenAt(),
                    s.lastAccessedAt(), s.updatedAt(), s.version(), citingClaims);
        }

        static SourceDto of(SourceSummary s) {
            return of(s.source(), s.citingClaims());
        }
    }

    /** An evidence link with its source. */
    record EvidenceDto(long id, long claimId, String stance, @Nullable String excerpt, @Nullable String note,
                       String addedBy, OffsetDateTime addedAt, OffsetDateTime updatedAt, int version,
                       SourceDto source, @Nullable String enteredUrl) {
        static EvidenceDto of(Evidence e) {
            return new EvidenceDto(e.id(), e.claimId(), lower(e.stance()), e.excerpt(), e.note(), e.addedByName(),
                    e.addedAt(), e.updatedAt(), e.version(), SourceDto.of(e.source(), null), e.enteredUrl());
        }
    }

    record CitingClaimDto(long claimId, long articleId, String statement, long evidenceId, String stance,
                          boolean removed) {
        static CitingClaimDto of(CitingClaim c) {
            return new CitingClaimDto(c.claimId(), c.articleId(), c.statement(), c.evidenceId(), lower(c.stance()),
                    c.removed());
        }
    }

    /** A source with the claims citing it. */
    record SourceDetailDto(SourceDto source, List<CitingClaimDto> claims) {
    }

    record MergeResultDto(SourceDto source, int movedLinks, int collapsedLinks, List<Long> affectedClaims) {
        static MergeResultDto of(MergeResult m, int citing) {
            return new MergeResultDto(SourceDto.of(m.source(), citing), m.movedLinks(), m.collapsedLinks(),
                    m.affectedClaims());
        }
    }


    /** Body of {@code POST /claims/{id}/evidence}; stance and sourceType case-insensitive. */
    record AddEvidence(@io.claimdesk.core.text.ExactText @TextLimit(UrlCanonicalizer.MAX_LENGTH) @Nullable String url, @Nullable String stance,
                       @Nullable String excerpt, @Nullable String note, @Nullable String title,
                       @Nullable String publisher,
                       @Nullable String sourceType, @Nullable String archiveUrl) {
    }

    /** Body of {@code PATCH /evidence/{id}}: fields left out stay, an empty text clears. */
    record PatchEvidence(@NotNull Integer version, @Nullable String stance, @Nullable String excerpt,
                         @Nullable String note) {
    }

    /** Body of {@code PATCH /sources/{id}}: fields left out stay, an empty text clears. */
    record PatchSource(@NotNull Integer version, @Nullable String title, @Nullable String publisher,
                       @Nullable String sourceType, @Nullable String reliability, @Nullable String reliabilityNote,
                       @Nullable String archiveUrl, @Nullable OffsetDateTime archivedAt,
                       @Nullable OffsetDateTime lastAccessedAt) {
    }

    /** Body of {@code POST /sources/{id}/merge}: the source to merge into {id} (it is deleted). */
    record MergeSources(@NotNull Long otherId) {
    }
}
