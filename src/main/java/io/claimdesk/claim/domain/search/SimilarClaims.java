package io.claimdesk.claim.domain.search;

import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.core.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds claims whose statement resembles another claim's: pg_trgm trigram similarity (share of common
 * three-character sequences; F. Teodor, O. Bartunov, pg_trgm documentation) over the Arabic-normalised statements,
 * so hamza, alef and teh-marbuta spellings do not count as differences.
 */
@Service
public class SimilarClaims {

    /** Lowest similarity shown as "checked before". */
    public static final double THRESHOLD = 0.3;
    /** Similarity from which a new claim counts as a probable duplicate within its own article. */
    public static final double SAME_ARTICLE_WARNING = 0.6;
    /** Most similar claims returned. */
    public static final int MAX_RESULTS = 20;

    private final SimilarityRepository repository;
    private final ClaimService claims;

    public SimilarClaims(SimilarityRepository repository, ClaimService claims) {
        this.repository = repository;
        this.claims = claims;
    }

    /**
     * Claims similar to claim {@code claimId}, most similar first: claims of other articles first; claims of the
     * same article follow only when {@code includeSameArticle}.
     *
     * @param limit at most this many (capped at {@link #MAX_RESULTS})
     * @throws io.claimdesk.core.domain.NotFoundException when the claim does not exist or was removed
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public List<SimilarClaim> similarTo(long claimId, boolean includeSameArticle, int limit) {
        Claim claim = claims.get(claimId);
        int max = Math.max(1, Math.min(limit, MAX_RESULTS));
        List<SimilarClaim> out = new ArrayList<>(load(repository.similar(claimId, claim.statement(),
                claim.articleId(), THRESHOLD, max)));
        if (includeSameArticle && out.size() < max) {
            out.addAll(load(repository.similarInArticle(claimId, claim.articleId(), claim.statement(), THRESHOLD)
                    .stream().limit(max - out.size()).toList()));
        }
        return out;
    }

    /**
     * Claims of the same article at least {@link #SAME_ARTICLE_WARNING} similar to claim {@code claimId}: the
     * reviewer probably created the same claim twice.
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public List<SimilarClaim> duplicatesInArticle(long claimId) {
        Claim claim = claims.get(claimId);
        return load(repository.similarInArticle(claimId, claim.articleId(), claim.statement(),
                SAME_ARTICLE_WARNING));
    }

    /** A new claim with the probable duplicates in its article ({@link #duplicatesInArticle}). */
    public record Created(Claim claim, List<SimilarClaim> duplicates) {
    }

    /**
     * Creates a claim on the span [start, end) (code points, {@link ClaimService#create}) and finds its probable
     * duplicates in one transaction, so a request that reports the claim and its warnings commits both or nothing
     * (issue 12: the warnings used to be computed after the commit, and a failure there answered 500 for a claim
     * that was stored).
     *
     * @throws io.claimdesk.core.domain.ValidationException as {@link ClaimService#create}
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Created create(long articleId, int start, int end, ClaimFields fields) {
        Claim created = claims.create(articleId, start, end, fields);
        return new Created(created, duplicatesInArticle(created.id()));
    }

    /**
     * Creates a claim from a quote ({@link ClaimService#createFromQuote}) and finds its probable duplicates in one
     * transaction, as {@link #create}.
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Created createFromQuote(long articleId, String quote, @Nullable String prefix, @Nullable String suffix,
                                   ClaimFields fields) {
        Claim created = claims.createFromQuote(articleId, quote, prefix, suffix, fields);
        return new Created(created, duplicatesInArticle(created.id()));
    }

    private List<SimilarClaim> load(List<SimilarityRepository.Scored> scored) {
        // a claim removed since the similarity query is no longer a match, not an error
        List<SimilarClaim> out = new ArrayList<>();
        for (SimilarityRepository.Scored s : scored) {
            try {
                out.add(new SimilarClaim(claims.get(s.id()), s.similarity()));
            } catch (NotFoundException removed) {
                // skipped
            }
        }
        return List.copyOf(out);
    }
}
