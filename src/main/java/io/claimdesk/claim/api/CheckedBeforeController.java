package io.claimdesk.claim.api;

import io.claimdesk.claim.api.ClaimController.ClaimDto;
import io.claimdesk.claim.domain.search.ClaimGroups;
import io.claimdesk.claim.domain.search.GroupVerdict;
import io.claimdesk.claim.domain.search.MatchReason;
import io.claimdesk.claim.domain.search.SimilarClaims;
import io.claimdesk.core.i18n.Translations;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** "Checked before": similar claims, claim groups (the same claim in several articles) and verdict reuse. */
@RestController
@RequestMapping("/api/v1/claims/{id}")
public class CheckedBeforeController {

    private final SimilarClaims similar;
    private final ClaimGroups groups;

    private final Translations translations;

    public CheckedBeforeController(SimilarClaims similar, ClaimGroups groups, Translations translations) {
        this.similar = similar;
        this.groups = groups;
        this.translations = translations;
    }

    /**
     * A claim offered as "checked before".
     *
     * @param similarity    trigram similarity of the normalised statements in [0, 1]
     * @param reasons       why it matched, strongest first: SAME_SOURCE, SAME_FIGURE, SAME_DATE, SAME_NAME,
     *                      SIMILAR_WORDS
     * @param sharedFigures figures both statements cite, in ASCII digits (empty unless SAME_FIGURE)
     * @param sharedNames   names both claims give, as the matched claim spells them (empty unless SAME_NAME)
     * @param reasonTexts   the reasons as phrases in the request's language (Accept-Language: ar, else English)
     * @param dismissed     the claim was dismissed (such matches come last)
     */
    public record SimilarDto(ClaimDto claim, double similarity, List<MatchReason> reasons,
                             List<String> sharedFigures, List<String> sharedNames, List<String> reasonTexts,
                             boolean dismissed) {
    }

    public record SameAs(@NotNull Long claimId) {
    }

    public record GroupDto(long groupId, List<ClaimDto> members) {
    }

    public record ReuseVerdict(@NotNull Integer version) {
    }

    @Operation(summary = "Claims checked before: other articles' claims sharing a cited source, figures, the claim "
            + "date, names or similar words, best first, dismissed ones last (and, with sameArticle=true, then this "
            + "article's similar claims)")
    @GetMapping("/similar")
    public List<SimilarDto> similar(@PathVariable long id,
                                    @RequestParam(defaultValue = "false") boolean sameArticle,
                                    @RequestParam(defaultValue = "10") int limit, Locale requestLocale) {
        Locale locale = Translations.localeOf(requestLocale.getLanguage());
        return similar.similarTo(id, sameArticle, limit).stream()
                .map(s -> new SimilarDto(ClaimDto.of(s.claim()), s.similarity(), s.reasons(),
                        s.sharedFigures(), s.sharedNames(),
                        // an API text carries no bidi isolates
                        s.reasonTexts(translations, locale).stream().map(Translations::withoutIsolates).toList(),
                        s.dismissed()))
                .toList();
    }

    @Operation(summary = "Mark this claim and another as the same claim (joins or merges their groups)")
    @PostMapping("/same-as")
    public GroupDto sameAs(@PathVariable long id, @RequestBody SameAs body) {
        long group = groups.markSame(id, body.claimId());
        return new GroupDto(group, groups.groupMates(id).stream().map(ClaimDto::of).toList());
    }

    @Operation(summary = "The other claims of this claim's group")
    @GetMapping("/group")
    public List<ClaimDto> group(@PathVariable long id) {
        return groups.groupMates(id).stream().map(ClaimDto::of).toList();
    }

    @Operation(summary = "The approved verdict of the claim's group that could be reused (204 when none)")
    @GetMapping("/group/verdict")
    public ResponseEntity<GroupVerdict> groupVerdict(@PathVariable long id) {
        return groups.reusableVerdict(id).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }

    @Operation(summary = "Fill in the group's approved verdict as this claim's draft (approval is still needed)")
    @PostMapping("/group/verdict/reuse")
    public ClaimDto reuse(@PathVariable long id, @RequestBody ReuseVerdict body) {
        return ClaimDto.of(groups.reuseVerdict(id, body.version()));
    }
}
