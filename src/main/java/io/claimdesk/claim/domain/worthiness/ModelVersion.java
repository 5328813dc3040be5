package io.claimdesk.claim.domain.worthiness;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/**
 * One recorded version of the check-worthiness model (table {@code checkworthiness_model}).
 *
 * @param origin        {@code SHIPPED} (the model in the jar) or {@code RETRAIN}
 * @param createdBy     display name of who retrained it; null for the shipped model
 * @param publicRows    rows of the public CheckThat! train splits used (0 when they were absent)
 * @param projectRows   rows of the project's labelled sentences used
 * @param deskPositive  desk decisions used as check-worthy (suggestions turned into claims)
 * @param deskNegative  desk decisions used as not check-worthy (dismissed claims, ignored suggestions)
 * @param mapBeforeAr   cross-validated MAP, Arabic, of the model active before (same folds), or null
 * @param mapAfterAr    cross-validated MAP, Arabic, of this model, or null
 * @param swapped       whether it became active when trained
 * @param modelBytes    size of the stored model in bytes
 * @param active        whether it is the model in use now
 */
public record ModelVersion(long id, String origin, OffsetDateTime createdAt, @Nullable String createdBy,
                           int publicRows, int projectRows, int deskPositive, int deskNegative,
                           @Nullable Double mapBeforeAr, @Nullable Double mapAfterAr,
                           @Nullable Double mapBeforeEn, @Nullable Double mapAfterEn,
                           boolean swapped, int modelBytes, String sha256, boolean active) {
}
