package io.claimdesk.report.domain;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published fact-check: an APPROVED claim with everything its public page shows.
 *
 * @param claim            the claim (approved, with verdict, approval times in UTC and evidence)
 * @param articlePublisher the publisher of the article the claim appeared in, or null
 * @param verdictColour    the verdict's colour on the scale, {@code #rrggbb}
 * @param corrections      the corrections log, oldest first: one entry per reopening of the approved check that
 *                         was approved again
 */
public record PublicCheck(ExportedClaim claim, @Nullable String articlePublisher, String verdictColour,
                          List<Correction> corrections) {

    /**
     * One correction: the check was reopened for {@code reason} and approved again.
     *
     * @param reopenedAt   when the supervisor reopened it (UTC)
     * @param reason       the reason given on reopening (the public note)
     * @param reapprovedAt when it was approved again: the date the page says it was "updated on" (UTC)
     */
    public record Correction(OffsetDateTime reopenedAt, String reason, OffsetDateTime reapprovedAt) {
    }

    /** The slug of the check's address ({@link CheckSlug#of} of the statement); may be empty. */
    public String slug() {
        return CheckSlug.of(claim.statement());
    }

    /**
     * The readable path of the public page, without leading slash and not percent-encoded:
     * {@code checks/<id>-<slug>}, or {@code checks/<id>} when the slug is empty.
     */
    public String path() {
        String slug = slug();
        return slug.isEmpty() ? "checks/" + claim.id() : "checks/" + claim.id() + "-" + slug;
    }
}
