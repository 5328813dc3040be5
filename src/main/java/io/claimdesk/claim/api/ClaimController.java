package io.claimdesk.claim.api;

import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.core.text.TextLimit;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimTags;
import io.claimdesk.claim.domain.ClaimFilter;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.claim.domain.OrphanCandidate;
import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.core.domain.ValidationException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.core.api.Page;
import io.claimdesk.core.domain.Total;
import io.claimdesk.claim.domain.ClaimCursor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

/** Claims over HTTP. Offsets ({@code start}, {@code end}) are Unicode code points, end exclusive. */
@RestController
@RequestMapping("/api/v1")
public class ClaimController {

    private final ClaimService claims;
    private final SimilarClaims similar;

    public ClaimController(ClaimService claims, SimilarClaims similar) {
        this.claims = claims;
        this.similar = similar;
    }

    /**
     * A created claim with warnings for the user, e.g. {@code similar-claim-in-article} when a very similar claim
     * already exists in the same article.
     */
    public record CreatedClaimDto(@JsonUnwrapped ClaimDto claim, List<Warning> warnings) {
    }

    /** A warning: machine code, human message, and the claim it refers to (if any). */
    public record Warning(String code, String message, @Nullable Long claimId, @Nullable Double similarity) {
    }

    /** A claim as the API shows it. */
    public record ClaimDto(long id, long articleId, String quote, String prefix, String suffix, int start, int end,
                           String statement, @Nullable String claimant, @Nullable LocalDate claimDate,
                           List<String> tags, String language, String status, @Nullable String verdict,
                           @Nullable String rationale, @Nullable Long assigneeId, boolean orphaned,
                           @Nullable Float checkWorthiness, Claim.StanceCounts evidence, String createdBy,
                           OffsetDateTime createdAt, int version,
                           Claim.@Nullable ChangesRequested changesRequested) {
        public static ClaimDto of(Claim c) {
            return new ClaimDto(c.id(), c.articleId(), c.quote(), c.prefix(), c.suffix(), c.start(), c.end(),
                    c.statement(), c.claimant(), c.claimDate(), c.tags(), c.language(), c.status().name(), c.verdict(),
                    c.rationale(), c.assigneeId(), c.orphaned(), c.checkWorthiness(), c.evidence(),
                    c.createdByName(), c.createdAt(), c.version(), c.changesRequested());
        }
    }

    /** A new claim: either {@code start}/{@code end} or {@code quote} (with optional prefix/suffix context). */
    public record NewClaim(@Nullable Integer start, @Nullable Integer end, @Nullable String quote,
                           @Nullable String prefix, @Nullable String suffix,
                           @TextLimit(ClaimService.MAX_STATEMENT_LENGTH) @Nullable String statement,
                           @TextLimit(ClaimService.MAX_CLAIMANT_LENGTH) @Nullable String claimant,
                           @Nullable LocalDate claimDate,
                           @TextLimit(ClaimTags.MAX_LENGTH) @Nullable List<String> tags) {
    }

    public record ClaimPatch(@NotNull Integer version,
                             @TextLimit(ClaimService.MAX_STATEMENT_LENGTH) @Nullable String statement,
                             @TextLimit(ClaimService.MAX_CLAIMANT_LENGTH) @Nullable String claimant,
                             @Nullable LocalDate claimDate,
                             @TextLimit(ClaimTags.MAX_LENGTH) @Nullable List<String> tags) {
    }

    public record Reattach(@NotNull Integer version, @NotNull Integer start, @NotNull Integer end) {
    }

    /**
     * A suggested span: headline, sentence or clause, with its check-worthiness score in [0,1], the reasons, and
     * the claimant a reporting verb names (or null).
     */
    public record SegmentDto(int start, int end, String text, String kind, double score, List<String> reasons,
                             @Nullable String claimant) {
        static SegmentDto of(Segment s) {
            return new SegmentDto(s.start(), s.end(), s.text(), s.kind().name().toLowerCase(Locale.ROOT), s.score(),
                    s.reasons(), s.claimant());
        }
    }


    @Operation(summary = "Suggested claim spans of an article (sentences and clauses, scored)")
    @GetMapping("/articles/{id}/segments")
    public List<SegmentDto> segments(@PathVariable long id) {
        return claims.suggestions(id).stream().map(SegmentDto::of).toList();
    }

    /** The warnings of a created claim: a very similar claim in the same article. */
    static List<Warning> warnings(SimilarClaims.Created result) {
        return result.duplicates().stream()
                .map(s -> new Warning("similar-claim-in-article", String.format(Locale.ROOT,
                        "Claim %d of this article is very similar (%.0f%%): %s", s.claim().id(),
                        s.similarity() * 100, s.claim().statement()), s.claim().id(), s.similarity()))
                .toList();
    }

    @Operation(summary = "Create a claim from code-point offsets or from a quote")
    @PostMapping("/articles/{id}/claims")
    public ResponseEntity<CreatedClaimDto> create(@PathVariable long id, @RequestBody NewClaim body) {
        ClaimFields fields = new ClaimFields(body.statement(), body.claimant(), body.claimDate(), body.tags());
        SimilarClaims.Created result;
        // the claim and its warnings in one transaction: all of it is committed, or nothing
        if (body.start() != null && body.end() != null) {
            result = similar.create(id, body.start(), body.end(), fields);
        } else if (body.quote() != null) {
            result = similar.createFromQuote(id, body.quote(), body.prefix(), body.suffix(), fields);
        } else {
            throw ValidationException.of("claim.create.spanOrQuote");
        }
        Claim created = result.claim();
        List<Warning> warnings = warnings(result);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/claims/{id}").buildAndExpand(created.id()).toUri())
                .body(new CreatedClaimDto(ClaimDto.of(created), warnings));
    }

    @Operation(summary = "Claims, newest first, with filters; with q, full-text search ordered by relevance",
            description = "Paging: without q, each full page answers nextCursor; pass it as cursor for the next page "
                    + "(keyset paging: a deep page costs what the first does). offset still works (and is the only "
                    + "paging for q); with a cursor, offset is ignored. total is exact up to 1,000 claims and an "
                    + "estimate above (totalExact false).")
    @GetMapping("/claims")
    public Page<ClaimDto> list(@RequestParam(required = false) @Nullable Long articleId,
                               @RequestParam(required = false) @Nullable String status,
                               @RequestParam(required = false) @Nullable String claimant,
                               @RequestParam(required = false) @Nullable String tag,
                               @RequestParam(required = false) @Nullable Long assigneeId,
                               @RequestParam(required = false) @Nullable Boolean orphaned,
                               @RequestParam(required = false, name = "text") @Nullable String text,
                               @RequestParam(required = false) @Nullable String q,
                               @RequestParam(required = false) @Nullable String cursor,
                               @RequestParam(defaultValue = "0") int offset,
                               @RequestParam(defaultValue = "50") int limit) {
        ClaimFilter filter = new ClaimFilter(articleId, status(status), claimant, tag, assigneeId, text, orphaned)
                .withQuery(q);
        int size = Page.limit(limit);
        Total total = claims.total(filter);
        int shownTotal = (int) Math.min(Integer.MAX_VALUE, total.value());
        boolean keyset = cursor != null && !cursor.isBlank();
        if (keyset || (q == null || q.isBlank()) && offset <= 0) {
            List<Claim> items = claims.findAfter(filter, keyset ? ClaimCursor.decode(cursor) : null, size);
            String next = items.size() == size ? ClaimCursor.after(items.get(items.size() - 1)).encode() : null;
            return new Page<>(items.stream().map(ClaimDto::of).toList(), 0, size, shownTotal, total.isExact(), next);
        }
        int from = Page.offset(offset);
        return new Page<>(claims.find(filter, from, size, List.of()).stream().map(ClaimDto::of).toList(), from,
                size, shownTotal, total.isExact(), null);
    }

    @Operation(summary = "One claim")
    @GetMapping("/claims/{id}")
    public ClaimDto get(@PathVariable long id) {
        return ClaimDto.of(claims.get(id));
    }

    @Operation(summary = "Change statement, claimant, claim date or tags (409 on a stale version)")
    @PatchMapping("/claims/{id}")
    public ClaimDto patch(@PathVariable long id, @Valid @RequestBody ClaimPatch patch) {
        return ClaimDto.of(claims.update(id, patch.version(),
                new ClaimFields(patch.statement(), patch.claimant(), patch.claimDate(), patch.tags())));
    }

    @Operation(summary = "Re-attach a claim (e.g. an orphan) to a span of the current text")
    @PostMapping("/claims/{id}/reattach")
    public ClaimDto reattach(@PathVariable long id, @Valid @RequestBody Reattach body) {
        return ClaimDto.of(claims.reattach(id, body.version(), body.start(), body.end()));
    }

    @Operation(summary = "The similar passage offered for an orphaned claim after an article edit (404 when none): "
            + "code-point offsets into the current body, the passage, and what it says differently")
    @GetMapping("/claims/{id}/orphan-candidate")
    public OrphanCandidate orphanCandidate(@PathVariable long id) {
        return claims.orphanCandidate(id).orElseThrow(() -> new NotFoundException("OrphanCandidate", id));
    }

    /** The version the client saw. */
    public record VersionOnly(@NotNull Integer version) {
    }

    @Operation(summary = "Confirm the offered passage of an orphaned claim: re-attach it there (409 when stale)")
    @PostMapping("/claims/{id}/orphan-candidate/confirm")
    public ClaimDto confirmOrphanCandidate(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return ClaimDto.of(claims.confirmOrphanCandidate(id, body.version()));
    }

    @Operation(summary = "Remove a claim (its history is kept)")
    @DeleteMapping("/claims/{id}")
    public ResponseEntity<Void> remove(@PathVariable long id, @RequestParam int version,
                                       @RequestParam(required = false) @Nullable String reason) {
        claims.remove(id, version, reason);
        return ResponseEntity.noContent().build();
    }

    private static @Nullable WorkflowStatus status(@Nullable String status) {
        return status == null || status.isBlank() ? null : WorkflowStatus.parse(status);
    }
}
