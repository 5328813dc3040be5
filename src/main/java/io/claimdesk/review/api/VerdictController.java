package io.claimdesk.review.api;

import io.claimdesk.review.domain.Rating;
import io.claimdesk.review.domain.RatingService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The verdict scale: everyone reads it; ADMIN creates, edits, deactivates and deletes unused verdicts. */
@RestController
@RequestMapping("/api/v1/verdicts")
public class VerdictController {

    private final RatingService ratings;

    public VerdictController(RatingService ratings) {
        this.ratings = ratings;
    }

    /** schema.org ClaimReview {@code reviewRating} values for a verdict. */
    public record ClaimReviewRating(int ratingValue, int bestRating, int worstRating, String alternateName) {
    }

    public record VerdictDto(String code, String labelEn, String labelAr, int ordinal, String colour,
                             boolean active, ClaimReviewRating claimReview, int version) {
        static VerdictDto of(Rating r) {
            return new VerdictDto(r.code(), r.labelEn(), r.labelAr(), r.ordinal(), r.colour(), r.active(),
                    new ClaimReviewRating(r.ratingValue(), r.bestRating(), r.worstRating(), r.alternateName()),
                    r.version());
        }
    }

    /**
     * A verdict to create or the new values of one (code is taken from the path on PUT).
     *
     * @param version the version read (PUT only; 409 when stale)
     */
    public record VerdictRequest(@Nullable String code, @NotBlank String labelEn, @NotBlank String labelAr,
                                 @NotNull Integer ordinal, @NotBlank String colour, @Nullable Boolean active,
                                 @NotNull @Valid ClaimReviewRating claimReview, @Nullable Integer version) {
        Rating toRating(String code) {
            return new Rating(code, labelEn, labelAr, ordinal, colour, claimReview.ratingValue(),
                    claimReview.bestRating(), claimReview.worstRating(), claimReview.alternateName(),
                    active == null || active, version == null ? 0 : version);
        }
    }

    @Operation(summary = "The verdict scale by ordinal (inactive verdicts with all=true)")
    @GetMapping
    public List<VerdictDto> list(@RequestParam(defaultValue = "false") boolean all) {
        return ratings.list(all).stream().map(VerdictDto::of).toList();
    }

    @Operation(summary = "Add a verdict (ADMIN)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public VerdictDto create(@Valid @RequestBody VerdictRequest body) {
        return VerdictDto.of(ratings.create(body.toRating(body.code() == null ? "" : body.code())));
    }

    @Operation(summary = "Change a verdict (ADMIN); version required")
    @PutMapping("/{code}")
    public VerdictDto update(@PathVariable String code, @Valid @RequestBody VerdictRequest body) {
        if (body.version() == null) {
            throw io.claimdesk.core.domain.ValidationException.of("version.missing");
        }
        return VerdictDto.of(ratings.update(code, body.version(), body.toRating(code)));
    }

    @Operation(summary = "Delete a verdict no claim uses (ADMIN); deactivate one in use instead")
    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable String code, @RequestParam int version) {
        ratings.delete(code, version);
    }
}
