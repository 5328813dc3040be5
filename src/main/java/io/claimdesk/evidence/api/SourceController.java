package io.claimdesk.evidence.api;

import io.claimdesk.evidence.api.EvidenceDtos.CitingClaimDto;
import io.claimdesk.evidence.api.EvidenceDtos.MergeResultDto;
import io.claimdesk.evidence.api.EvidenceDtos.MergeSources;
import io.claimdesk.core.api.Page;
import io.claimdesk.evidence.api.EvidenceDtos.PatchSource;
import io.claimdesk.evidence.api.EvidenceDtos.SourceDetailDto;
import io.claimdesk.evidence.api.EvidenceDtos.SourceDto;
import io.claimdesk.evidence.domain.MergeResult;
import io.claimdesk.evidence.domain.Reliability;
import io.claimdesk.evidence.domain.SourceChanges;
import io.claimdesk.evidence.domain.SourceFilter;
import io.claimdesk.evidence.domain.SourceService;
import io.claimdesk.evidence.domain.SourceType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The source registry over HTTP. Reliability changes and merges need SUPERVISOR (403 otherwise). */
@RestController
@RequestMapping("/api/v1/sources")
public class SourceController {

    private final SourceService sources;

    public SourceController(SourceService sources) {
        this.sources = sources;
    }

    @Operation(summary = "Page through the registry, newest first",
            description = "q matches title, publisher or canonical URL (a pasted link also matches its canonical "
                    + "form); type and reliability filter by value (case-insensitive).")
    @GetMapping
    public Page<SourceDto> list(@RequestParam(defaultValue = "") String q,
                                @RequestParam(required = false) @Nullable String type,
                                @RequestParam(required = false) @Nullable String reliability,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
        int size = Page.limit(limit);
        int from = Page.offset(offset);
        SourceFilter filter = new SourceFilter(q,
                type == null || type.isBlank() ? null : SourceType.parse(type),
                reliability == null || reliability.isBlank() ? null : Reliability.parse(reliability));
        return new Page<>(sources.find(filter, from, size, List.of()).stream().map(SourceDto::of).toList(), from,
                size, sources.count(filter));
    }

    @Operation(summary = "One source with the claims citing it")
    @GetMapping("/{id}")
    public SourceDetailDto get(@PathVariable long id) {
        List<CitingClaimDto> claims = sources.citingClaims(id).stream().map(CitingClaimDto::of).toList();
        return new SourceDetailDto(SourceDto.of(sources.get(id), claims.size()), claims);
    }

    @Operation(summary = "Change a source (409 when version is stale; reliability needs SUPERVISOR)")
    @PatchMapping("/{id}")
    public SourceDto patch(@PathVariable long id, @Valid @RequestBody PatchSource body) {
        SourceChanges changes = new SourceChanges(body.title(), body.publisher(),
                body.sourceType() == null ? null : SourceType.parse(body.sourceType()),
                body.reliability() == null ? null : Reliability.parse(body.reliability()),
                body.reliabilityNote(), body.archiveUrl(), body.archivedAt(), body.lastAccessedAt());
        return SourceDto.of(sources.update(id, body.version(), changes), sources.citingClaimsCount(id));
    }

    @Operation(summary = "Merge source otherId into {id}, moving its evidence links (SUPERVISOR)")
    @PostMapping("/{id}/merge")
    public MergeResultDto merge(@PathVariable long id, @Valid @RequestBody MergeSources body) {
        MergeResult result = sources.merge(id, body.otherId());
        return MergeResultDto.of(result, sources.citingClaimsCount(id));
    }
}
