package io.claimdesk.evidence.api;

import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.evidence.api.EvidenceDtos.AddEvidence;
import io.claimdesk.evidence.api.EvidenceDtos.EvidenceDto;
import io.claimdesk.evidence.api.EvidenceDtos.PatchEvidence;
import io.claimdesk.evidence.domain.EvidenceChanges;
import io.claimdesk.evidence.domain.CandidateSource;
import io.claimdesk.evidence.domain.CandidateSources;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.SourceType;
import io.claimdesk.evidence.domain.Stance;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Evidence links of claims over HTTP. Any signed-in user may use them (rules in {@link EvidenceService}). */
@RestController
@RequestMapping("/api/v1")
public class EvidenceController {

    private final EvidenceService evidence;
    private final CandidateSources candidates;

    public EvidenceController(EvidenceService evidence, CandidateSources candidates) {
        this.evidence = evidence;
        this.candidates = candidates;
    }

    @Operation(summary = "Candidate sources of a claim: the links of the imported page in the claim's paragraph",
            description = "Each with its anchor text and paragraph, and whether the claim already cites it. Add one "
                    + "with POST /claims/{claimId}/evidence and its url.")
    @GetMapping("/claims/{claimId}/candidate-sources")
    public List<CandidateSource> candidateSources(@PathVariable long claimId) {
        return candidates.forClaim(claimId);
    }

    @Operation(summary = "Link a claim to a source (found or created by canonical URL)",
            description = "422 for a URL that is not an http(s) link, or is over 2,048 characters; 409 when the "
                    + "claim already cites the source.")
    @PostMapping("/claims/{claimId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    public EvidenceDto add(@PathVariable long claimId, @RequestBody AddEvidence body) {
        if (body.url() == null || body.url().isBlank()) {
            throw ValidationException.of("evidence.url.required");
        }
        if (body.stance() == null) {
            throw ValidationException.of("evidence.stance.required");
        }
        NewEvidence input = new NewEvidence(body.url(), Stance.parse(body.stance()), body.excerpt(), body.note(),
                body.title(), body.publisher(),
                body.sourceType() == null || body.sourceType().isBlank() ? null : SourceType.parse(body.sourceType()),
                body.archiveUrl());
        return EvidenceDto.of(evidence.add(claimId, input));
    }

    @Operation(summary = "The evidence of a claim: supporting, then refuting, then context")
    @GetMapping("/claims/{claimId}/evidence")
    public List<EvidenceDto> list(@PathVariable long claimId) {
        return evidence.forClaim(claimId).stream().map(EvidenceDto::of).toList();
    }

    @Operation(summary = "One evidence link")
    @GetMapping("/evidence/{id}")
    public EvidenceDto get(@PathVariable long id) {
        return EvidenceDto.of(evidence.get(id));
    }

    @Operation(summary = "Change stance, excerpt or note of an evidence link (409 when version is stale)")
    @PatchMapping("/evidence/{id}")
    public EvidenceDto patch(@PathVariable long id, @Valid @RequestBody PatchEvidence body) {
        EvidenceChanges changes = new EvidenceChanges(body.stance() == null ? null : Stance.parse(body.stance()),
                body.excerpt(), body.note());
        return EvidenceDto.of(evidence.edit(id, body.version(), changes));
    }

    @Operation(summary = "Remove an evidence link (409 when version is stale); the source stays")
    @DeleteMapping("/evidence/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id, @RequestParam int version) {
        evidence.remove(id, version);
    }
}
