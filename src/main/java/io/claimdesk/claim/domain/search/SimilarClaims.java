package io.claimdesk.claim.domain.search;

import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds claims whose statement resembles another claim's: pg_trgm trigram similarity (share of common
 * three-character sequences; F. Teodor, O. Bartunov, pg_trgm documentation) over the Arabic-normalised statements,
 * so hamza, alef and teh-marbuta spellings do not count as differences; and, for "checked before", claims of any
 * language that share a cited source, figures or the claim date ({@link #similarTo}, {@link MatchReason}).
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
    private final NeighbourLists neighbours;
    private final ClaimService claims;

    public SimilarClaims(SimilarityRepository repository, NeighbourLists neighbours, ClaimService claims) {
        this.repository = repository;
        this.neighbours = neighbours;
        this.claims = claims;
    }

    /** Most candidates read per kind of shared thing (source, figures) before ranking. */
    static final int CANDIDATES = 50;

    /**
     * Claims of other articles that are probably the same claim as claim {@code claimId}, in one ranked list, each
     * with why it matched ({@link MatchReason}): candidates are the nearest statements by trigram similarity (at
     * least {@link #THRESHOLD}; from the claim's stored neighbour list when it answers as the live scan,
     * {@link NeighbourLists}), the claims citing a source (canonical URL) the claim cites as evidence, and the
     * claims whose statement cites every figure of the claim's statement that has two or more digits (figures are
     * compared in ASCII digits, so an Arabic and an English claim meet through them; migration V18_1), unless
     * more than {@link SimilarityRepository#COMMON_FIGURES} claims cite them all (too common to find candidates).
     *
     * <p>A candidate is a match when it cites the same source, or its wording is similar, or its statement cites
     * every such figure of the claim; but, unless it cites the same source, not when both statements cite figures
     * and share none (the same entity with another number is another claim), nor when it was found by figures alone
     * and both claims name people or places ({@link NamedEntities}) and share none (the same number said by or
     * about someone else is another claim). Names are compared across scripts through their ICU transliteration
     * keys, so "Trump" meets "ترامب" ({@link MatchReason#SAME_NAME}).
     *
     * <p>Rank: dismissed claims last (they stay listed, labelled by their status, so a desk sees what it turned
     * down, and never ahead of a live match); then by score, highest first: the trigram similarity, plus 1 for a
     * shared source (+0.1 per further one, up to 5), plus 0.5 for a shared figure (+0.1 per further one, up to 5),
     * plus 0.4 for a shared name (+0.1 per further one, up to 3), plus 0.25 for the same claim date; ties newest
     * first. The weights are this project's, checked on the labelled pairs of docs/benchmarks.md ("Checked before:
     * precision and recall at 5"): a shared cited source is the strongest sign of the same claim across languages,
     * a shared figure the next. Claims of the same article follow (by similarity alone) only when
     * {@code includeSameArticle}.
     *
     * @param limit at most this many (capped at {@link #MAX_RESULTS})
     * @throws io.claimdesk.core.domain.NotFoundException when the claim does not exist or was removed
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional(readOnly = true)
    public List<SimilarClaim> similarTo(long claimId, boolean includeSameArticle, int limit) {
        Claim claim = claims.get(claimId);
        int max = Math.max(1, Math.min(limit, MAX_RESULTS));
        Set<Long> candidates = new LinkedHashSet<>();
        neighbours.nearest(claimId, claim.statement(), claim.articleId(), THRESHOLD, max).claims()
                .forEach(s -> candidates.add(s.id()));
        candidates.addAll(repository.sharingSource(claimId, claim.articleId(), CANDIDATES));
        List<String> figures = significant(repository.figures(claimId));
        candidates.addAll(repository.citingFigures(claimId, claim.articleId(), figures, CANDIDATES));
        Map<String, String> myNames = NamedEntities.names(claim.statement(), claim.claimant());
        List<SimilarityRepository.Shared> shared = repository.shared(claimId, candidates);
        List<Ranked> ranked = new ArrayList<>();
        for (SimilarityRepository.Shared s : shared) {
            Map<String, String> theirNames = NamedEntities.names(s.statement(), s.claimant());
            List<String> sharedNames = theirNames.entrySet().stream().filter(e -> myNames.containsKey(e.getKey()))
                    .map(Map.Entry::getValue).distinct().sorted().toList();
            List<String> theirFigures = significant(s.figures());
            rank(s, figures, theirFigures, !myNames.isEmpty() && !theirNames.isEmpty(), sharedNames)
                    .ifPresent(ranked::add);
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.shared().dismissed())
                .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparing(Comparator.comparingLong((Ranked r) -> r.shared().id()).reversed()));
        // the best max are loaded in one query; one removed since the ranking is no longer a match
        List<Ranked> best = ranked.subList(0, Math.min(max, ranked.size()));
        Map<Long, Claim> loaded = claims.getAll(best.stream().map(r -> r.shared().id()).toList());
        List<SimilarClaim> out = new ArrayList<>();
        for (Ranked r : best) {
            Claim c = loaded.get(r.shared().id());
            if (c != null) {
                out.add(new SimilarClaim(c, r.shared().similarity(), r.reasons(),
                        r.reasons().contains(MatchReason.SAME_FIGURE) ? r.shared().sharedFigures() : List.of(),
                        r.sharedNames()));
            }
        }
        if (includeSameArticle && out.size() < max) {
            out.addAll(load(repository.similarInArticle(claimId, claim.articleId(), claim.statement(), THRESHOLD)
                    .stream().limit(max - out.size()).toList()));
        }
        return out;
    }

    private record Ranked(SimilarityRepository.Shared shared, List<MatchReason> reasons, double score,
                          List<String> sharedNames) {
    }

    /** Figures of two or more digits (a single digit is too common to tell claims apart). */
    private static List<String> significant(List<String> figures) {
        return figures.stream().filter(f -> f.replace(".", "").length() >= 2).toList();
    }

    /**
     * Scores one candidate and decides whether it is a match (rules in {@link #similarTo}); empty when not.
     *
     * @param mine          the claim's figures of two or more digits
     * @param theirs        the candidate's figures of two or more digits
     * @param bothNamed     both claims name someone ({@link NamedEntities} found keys in each)
     * @param sharedNames   the names both give, as the candidate spells them
     */
    private static java.util.Optional<Ranked> rank(SimilarityRepository.Shared s, List<String> mine,
                                                   List<String> theirs, boolean bothNamed, List<String> sharedNames) {
        List<MatchReason> reasons = new ArrayList<>();
        double score = 0;
        if (s.sharedSources() > 0) {
            reasons.add(MatchReason.SAME_SOURCE);
            score += 1.0 + 0.1 * (Math.min(s.sharedSources(), 5) - 1);
        }
        if (!s.sharedFigures().isEmpty()) {
            reasons.add(MatchReason.SAME_FIGURE);
            score += 0.5 + 0.1 * (Math.min(s.sharedFigures().size(), 5) - 1);
        }
        if (s.sameClaimDate()) {
            reasons.add(MatchReason.SAME_DATE);
            score += 0.25;
        }
        if (!sharedNames.isEmpty()) {
            reasons.add(MatchReason.SAME_NAME);
            score += 0.4 + 0.1 * (Math.min(sharedNames.size(), 3) - 1);
        }
        if (s.similarity() >= THRESHOLD) {
            reasons.add(MatchReason.SIMILAR_WORDS);
        }
        score += s.similarity();
        boolean sameSource = reasons.contains(MatchReason.SAME_SOURCE);
        boolean allFigures = !mine.isEmpty() && s.sharedFigures().containsAll(mine);
        // a candidate sharing only a figure it was not found by (a single digit) is no match
        boolean match = sameSource || reasons.contains(MatchReason.SIMILAR_WORDS) || allFigures;
        // the same wording about other figures is another claim (the same entity, a different number) ...
        boolean otherFigures = !mine.isEmpty() && !theirs.isEmpty() && s.sharedFigures().isEmpty();
        // ... and the same figure said by someone else is another claim (the same number, another topic)
        boolean otherPeople = bothNamed && sharedNames.isEmpty() && !reasons.contains(MatchReason.SIMILAR_WORDS);
        if (!match || (!sameSource && (otherFigures || otherPeople))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Ranked(s, reasons, score, sharedNames));
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
        // one query for all; a claim removed since the similarity query is no longer a match, not an error
        Map<Long, Claim> loaded = claims.getAll(scored.stream().map(SimilarityRepository.Scored::id).toList());
        List<SimilarClaim> out = new ArrayList<>();
        for (SimilarityRepository.Scored s : scored) {
            Claim c = loaded.get(s.id());
            if (c != null) {
                out.add(new SimilarClaim(c, s.similarity()));
            }
        }
        return List.copyOf(out);
    }
}
