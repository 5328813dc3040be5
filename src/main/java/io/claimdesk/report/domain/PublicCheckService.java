package io.claimdesk.report.domain;

import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.RATING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published fact-checks, for readers outside the desk (no sign-in, hence no method security): only claims
 * that are APPROVED with a verdict and not removed are visible here; anything else is "not found". Their
 * ClaimReview is built by {@link ClaimReviewJsonLd} from the same {@link ExportedClaim} the exports use, so the
 * page and {@code /export/claimreview.jsonld} say the same.
 */
@Service
public class PublicCheckService {

    /** Checks per index page. */
    public static final int PAGE_SIZE = 20;
    /** Entries of the Atom feed. */
    public static final int FEED_SIZE = 50;

    private final ClaimExportRepository claims;
    private final PublisherSettingsService publisher;
    private final DSLContext dsl;

    public PublicCheckService(ClaimExportRepository claims, PublisherSettingsService publisher, DSLContext dsl) {
        this.claims = claims;
        this.publisher = publisher;
        this.dsl = dsl;
    }

    /** A verdict of the scale as the public pages show it (index filter, colours). */
    public record ScaleVerdict(String code, String labelEn, String labelAr, String colour) {

        /** The label in a page language ({@code ar} gives Arabic, anything else English). */
        public String label(String language) {
            return "ar".equals(language) ? labelAr : labelEn;
        }
    }

    /** One page of the index: the checks on it, newest first, and how many match in all. */
    public record IndexPage(List<PublicCheck> checks, int page, int total) {

        /** Number of the last page (1 when nothing matches). */
        public int lastPage() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** The publisher as the pages name it. */
    public Publisher publisher() {
        return publisher.current();
    }

    /**
     * The published check of a claim.
     *
     * @return empty when the claim is unknown, removed or not APPROVED
     */
    @Transactional(readOnly = true)
    public Optional<PublicCheck> find(long claimId) {
        return claims.approved(claimId).map(c -> complete(List.of(c)).get(0));
    }

    /**
     * A page of published checks, the latest (re-)approval first.
     *
     * @param language only claims in this language ({@code ar}, {@code en}, ...; blank or null for all)
     * @param verdict  only this verdict code (case-insensitive; blank or null for all)
     * @param page     page number from 1; below 1 counts as 1
     */
    @Transactional(readOnly = true)
    public IndexPage index(@Nullable String language, @Nullable String verdict, int page) {
        String lang = blankToNull(language);
        String code = blankToNull(verdict) == null ? null : verdict.strip().toUpperCase(Locale.ROOT);
        int p = Math.max(1, page);
        int total = claims.countApproved(lang, code);
        long offset = (long) (p - 1) * PAGE_SIZE;
        List<PublicCheck> checks = offset < total
                ? complete(claims.approvedPage(lang, code, (int) offset, PAGE_SIZE)) : List.of();
        return new IndexPage(checks, p, total);
    }

    /** The latest {@link #FEED_SIZE} published checks, newest (re-)approval first. */
    @Transactional(readOnly = true)
    public List<PublicCheck> latest() {
        return complete(claims.approvedPage(null, null, 0, FEED_SIZE));
    }

    /** The verdicts of the scale, in scale order. */
    public List<ScaleVerdict> verdicts() {
        return dsl.select(RATING.CODE, RATING.LABEL_EN, RATING.LABEL_AR, RATING.COLOUR).from(RATING)
                .orderBy(RATING.ORDINAL)
                .fetch(r -> new ScaleVerdict(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Languages of the published checks, sorted. */
    public List<String> languages() {
        return dsl.selectDistinct(CLAIM.LANGUAGE).from(CLAIM)
                .where(CLAIM.STATUS.eq(io.claimdesk.db.enums.ClaimStatus.APPROVED), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.LANGUAGE).fetch(CLAIM.LANGUAGE);
    }

    /**
     * The claims with their article publishers and verdict colours (one query each for the whole list) and their
     * corrections (one query per claim).
     */
    private List<PublicCheck> complete(List<ExportedClaim> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> publishers = new HashMap<>();
        dsl.select(ARTICLE.ID, ARTICLE.PUBLISHER).from(ARTICLE)
                .where(ARTICLE.ID.in(list.stream().map(ExportedClaim::articleId).distinct().toList()))
                .forEach(r -> publishers.put(r.value1(), r.value2()));
        Map<String, String> colours = new HashMap<>();
        for (ScaleVerdict v : verdicts()) {
            colours.put(v.code(), v.colour());
        }
        List<PublicCheck> checks = new ArrayList<>(list.size());
        for (ExportedClaim c : list) {
            String colour = c.verdict() == null ? null : colours.get(c.verdict().code());
            checks.add(new PublicCheck(c, publishers.get(c.articleId()), colour == null ? "#6b6b6b" : colour,
                    claims.corrections(c.id())));
        }
        return checks;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
