package io.claimdesk.evidence.domain;

import io.claimdesk.article.domain.ArticleLink;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.core.web.UrlCanonicalizer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links of an imported page offered as evidence sources (issue 14): for a claim, the links that sat in the
 * paragraph(s) its span touches ({@link ArticleService#linksForSpan}); adding one links the claim to that source
 * through {@link EvidenceService#add} (stance "context" until the checker changes it).
 */
@Service
public class CandidateSources {

    private final ClaimService claims;
    private final ArticleService articles;
    private final EvidenceService evidence;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    public CandidateSources(ClaimService claims, ArticleService articles, EvidenceService evidence) {
        this.claims = claims;
        this.articles = articles;
        this.evidence = evidence;
    }

    /**
     * @return the candidate sources of the claim in page order, each marked when the claim already cites it
     * @throws io.claimdesk.core.domain.NotFoundException when the claim does not exist
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<CandidateSource> forClaim(long claimId) {
        Claim claim = claims.get(claimId);
        Set<String> cited = new HashSet<>();
        evidence.forClaim(claimId).forEach(e -> cited.add(e.source().canonicalUrl()));
        return articles.linksForSpan(claim.articleId(), claim.start(), claim.end()).stream()
                .map(l -> new CandidateSource(l.url(), l.anchorText(), l.paragraph(),
                        cited.contains(canonical(l))))
                .toList();
    }

    /**
     * Adds a candidate as evidence of the claim in one step, stance {@link Stance#CONTEXT}.
     *
     * @throws ValidationException  {@code evidence.candidate.unknown} when the address is not a candidate of the claim
     * @throws io.claimdesk.core.domain.ConflictException when the claim already cites the source
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Evidence add(long claimId, String url) {
        CandidateSource candidate = forClaim(claimId).stream().filter(c -> c.url().equals(url)).findFirst()
                .orElseThrow(() -> ValidationException.of("evidence.candidate.unknown", url));
        return evidence.add(claimId, NewEvidence.of(candidate.url(), Stance.CONTEXT));
    }

    private @Nullable String canonical(ArticleLink link) {
        try {
            return canonicalizer.canonicalize(link.url()).canonical();
        } catch (InvalidUrlException e) {
            return null;
        }
    }
}
