package io.claimdesk.claim.domain;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer says about a claim. On creation a null statement means "the quote itself".
 *
 * @param tags topic tags (trimmed, de-duplicated, at most 40 characters each)
 */
public record ClaimFields(@Nullable String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
                          @Nullable List<String> tags) {
    public static final ClaimFields NONE = new ClaimFields(null, null, null, null);
}
