package io.claimdesk.claim.api;

import io.claimdesk.claim.domain.priority.PriorityCursor;
import io.claimdesk.claim.domain.priority.PriorityFilter;
import io.claimdesk.claim.domain.priority.PriorityItem;
import io.claimdesk.claim.domain.priority.PriorityList;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.core.text.TextLimit;
import io.claimdesk.claim.domain.ClaimService;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The desk-wide priority list "Worth checking now" over HTTP (issue 17; {@link PriorityList}). */
@RestController
@RequestMapping("/api/v1/priority")
public class PriorityController {

    /** Items per page when no {@code limit} is given. */
    public static final int DEFAULT_LIMIT = 50;

    private final PriorityList priority;

    public PriorityController(PriorityList priority) {
        this.priority = priority;
    }

    /**
     * An unclaimed suggestion: its id, article, span (code points, end exclusive), kind ({@code headline},
     * {@code sentence}, {@code clause}), score in [0, 1], reason codes and the claimant a claim would start with.
     */
    public record PriorityItemDto(long id, long articleId, @Nullable String articleTitle, String language,
                                  OffsetDateTime articleDate, int start, int end, String kind, String text,
                                  double score, List<String> reasons, @Nullable String claimant) {
        static PriorityItemDto of(PriorityItem s) {
            return new PriorityItemDto(s.id(), s.articleId(), s.articleTitle(), s.language(), s.articleDate(),
                    s.start(), s.end(), s.kind().name().toLowerCase(Locale.ROOT), s.text(), s.score(), s.reasons(),
                    s.claimant());
        }
    }

    /** A page: items in score order and the cursor of the next page ({@code null} on the last one). */
    public record PriorityPageDto(List<PriorityItemDto> items, @Nullable String nextCursor) {
    }

    /** What a claim made from a suggestion says: the claimant (absent: the suggestion's; blank: none). */
    public record ClaimFromSuggestion(@TextLimit(ClaimService.MAX_CLAIMANT_LENGTH) @Nullable String claimant) {
    }

    @Operation(summary = "Unclaimed suggestions of all articles, most check-worthy first (keyset pages)",
            description = "cursor: nextCursor of the previous page; limit 1-200 (default 50); language: article "
                    + "language (ar, en); from/to: article date (publication, else import; UTC days, inclusive). "
                    + "422 suggestion.cursor.invalid, suggestion.limit.invalid, suggestion.dates.invalid, "
                    + "suggestion.date.outOfRange (a day outside the years 1-9999).")
    @GetMapping
    public PriorityPageDto list(@RequestParam(required = false) @Nullable String cursor,
                                @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
                                @RequestParam(required = false) @Nullable String language,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate to) {
        PriorityCursor after = cursor == null || cursor.isBlank() ? null : PriorityCursor.parse(cursor.strip());
        PriorityList.Page page = priority.after(new PriorityFilter(language, from, to), after, limit);
        return new PriorityPageDto(page.items().stream().map(PriorityItemDto::of).toList(),
                page.next() == null ? null : page.next().toString());
    }

    @Operation(summary = "Create the claim of a suggestion (its span, claimant pre-filled); 409 suggestion.gone "
            + "when it is no longer listed")
    @PostMapping("/{id}/claim")
    public ResponseEntity<ClaimController.CreatedClaimDto> claim(@PathVariable long id,
                                                                  @RequestBody(required = false)
                                                                  @jakarta.validation.Valid
                                                                  @Nullable ClaimFromSuggestion body) {
        SimilarClaims.Created result = priority.claim(id, body == null ? null : body.claimant());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/claims/{id}").buildAndExpand(result.claim().id()).toUri())
                .body(new ClaimController.CreatedClaimDto(ClaimController.ClaimDto.of(result.claim()),
                        ClaimController.warnings(result)));
    }
}
