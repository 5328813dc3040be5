package io.claimdesk.evidence.domain;

import io.claimdesk.core.db.StableOrder;
import io.claimdesk.core.domain.LikePatterns;

import io.claimdesk.core.web.CanonicalUrl;
import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.core.web.UrlCanonicalizer;

import io.claimdesk.db.tables.records.SourceRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.SOURCE;

/** jOOQ access to {@code source}, the registry keyed by canonical URL. */
@Repository
public class SourceRepository {

    /** Number of evidence links citing the source of the current row (uses {@code evidence_source_idx}). */
    private static final Field<Integer> CITING_CLAIMS = DSL.field(
            DSL.selectCount().from(EVIDENCE).where(EVIDENCE.SOURCE_ID.eq(SOURCE.ID))).as("citing_claims");

    private final DSLContext dsl;
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    public SourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<SourceRecord> findById(long id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).fetchOptional();
    }

    /** Reads and row-locks a source until the transaction ends. */
    public Optional<SourceRecord> lockById(long id) {
        return dsl.selectFrom(SOURCE).where(SOURCE.ID.eq(id)).forUpdate().fetchOptional();
    }

    /**
     * The id of the source with {@code url}'s canonical form, inserting it when missing (safe against a
     * concurrent insert of the same URL: {@code on conflict do nothing}, then read).
     */
    public long findOrInsert(CanonicalUrl url, @Nullable String title, @Nullable String publisher,
                             SourceType type, @Nullable String archiveUrl, long actorId) {
        Optional<Long> inserted = dsl.insertInto(SOURCE)
                .set(SOURCE.URL, url.url())
                .set(SOURCE.CANONICAL_URL, url.canonical())
                .set(SOURCE.TITLE, title)
                .set(SOURCE.PUBLISHER, publisher)
                .set(SOURCE.SOURCE_TYPE, type.toDb())
                .set(SOURCE.ARCHIVE_URL, archiveUrl)
                .set(SOURCE.CREATED_BY, actorId)
                .set(SOURCE.UPDATED_BY, actorId)
                .onConflict(SOURCE.CANONICAL_URL).doNothing()
                .returning(SOURCE.ID)
                .fetchOptional(SOURCE.ID);
        if (inserted.isPresent()) {
            return inserted.get();
        }
        long id = dsl.select(SOURCE.ID).from(SOURCE).where(SOURCE.CANONICAL_URL.eq(url.canonical()))
                .fetchSingle(SOURCE.ID);
        if (url.url().regionMatches(true, 0, "https:", 0, "https:".length())) {
            // the same address met in its https form: the source shows https from now on (issue 14)
            dsl.update(SOURCE).set(SOURCE.URL, url.url()).set(SOURCE.VERSION, SOURCE.VERSION.plus(1))
                    .set(SOURCE.UPDATED_BY, actorId).set(SOURCE.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(SOURCE.ID.eq(id), SOURCE.URL.likeIgnoreCase("http:%")).execute();
        }
        return id;
    }

    /**
     * Fills the empty title, publisher and archive URL of a source, and a type still {@code OTHER}, from what
     * a checker gave with a new link; bumps the version only when something was filled.
     */
    public void fillBlanks(long id, @Nullable String title, @Nullable String publisher, @Nullable SourceType type,
                           @Nullable String archiveUrl, long actorId) {
        List<Condition> wouldFill = new ArrayList<>();
        if (title != null) {
            wouldFill.add(SOURCE.TITLE.isNull());
        }
        if (publisher != null) {
            wouldFill.add(SOURCE.PUBLISHER.isNull());
        }
        if (type != null && type != SourceType.OTHER) {
            wouldFill.add(SOURCE.SOURCE_TYPE.eq(io.claimdesk.db.enums.SourceType.OTHER));
        }
        if (archiveUrl != null) {
            wouldFill.add(SOURCE.ARCHIVE_URL.isNull());
        }
        if (wouldFill.isEmpty()) {
            return;
        }
        dsl.update(SOURCE)
                .set(SOURCE.TITLE, DSL.coalesce(SOURCE.TITLE, DSL.val(title, SOURCE.TITLE)))
                .set(SOURCE.PUBLISHER, DSL.coalesce(SOURCE.PUBLISHER, DSL.val(publisher, SOURCE.PUBLISHER)))
                .set(SOURCE.SOURCE_TYPE, type == null || type == SourceType.OTHER ? SOURCE.SOURCE_TYPE
                        : DSL.when(SOURCE.SOURCE_TYPE.eq(io.claimdesk.db.enums.SourceType.OTHER), DSL.val(type.toDb()))
                        .otherwise(SOURCE.SOURCE_TYPE))
                .set(SOURCE.ARCHIVE_URL, DSL.coalesce(SOURCE.ARCHIVE_URL, DSL.val(archiveUrl, SOURCE.ARCHIVE_URL)))
                .set(SOURCE.UPDATED_AT, OffsetDateTime.now())
                .set(SOURCE.UPDATED_BY, actorId)
                .set(SOURCE.VERSION, SOURCE.VERSION.plus(1))
                .where(SOURCE.ID.eq(id), DSL.or(wouldFill))
                .execute();
    }

    /** One page of the registry, each source with its number of citing claims. */
    public List<SourceSummary> find(SourceFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        List<SortField<?>> order = StableOrder.by(sort.isEmpty() ? List.of(SOURCE.FIRST_SEEN_AT.desc()) : sort,
                SOURCE.ID);
        return dsl.select(SOURCE.asterisk(), CITING_CLAIMS)
                .from(SOURCE)
                .where(condition(filter))
                .orderBy(order)
                .offset(offset).limit(limit)
                .fetch(r -> new SourceSummary(toSource(r.into(SOURCE)), r.get(CITING_CLAIMS)));
    }

    public int count(SourceFilter filter) {
        return dsl.fetchCount(SOURCE, condition(filter));
    }

    public int citingClaimsCount(long sourceId) {
        return dsl.fetchCount(EVIDENCE, EVIDENCE.SOURCE_ID.eq(sourceId));
    }

    /** The claims citing a source, newest link first. */
    public List<CitingClaim> citingClaims(long sourceId) {
        return dsl.select(CLAIM.ID, CLAIM.ARTICLE_ID, CLAIM.STATEMENT, CLAIM.REMOVED, EVIDENCE.ID, EVIDENCE.STANCE)
                .from(EVIDENCE).join(CLAIM).on(CLAIM.ID.eq(EVIDENCE.CLAIM_ID))
                .where(EVIDENCE.SOURCE_ID.eq(sourceId))
                .orderBy(EVIDENCE.ADDED_AT.desc(), EVIDENCE.ID.desc())
                .fetch(r -> new CitingClaim(r.get(CLAIM.ID), r.get(CLAIM.ARTICLE_ID), r.get(CLAIM.STATEMENT),
                        r.get(EVIDENCE.ID), Stance.of(r.get(EVIDENCE.STANCE)), r.get(CLAIM.REMOVED)));
    }

    /**
     * Stores the editable fields of a changed record if its version is still {@code expectedVersion}.
     *
     * @return false when another change came first (nothing written)
     */
    public boolean update(SourceRecord changed, int expectedVersion, long actorId) {
        return dsl.update(SOURCE)
                .set(SOURCE.TITLE, changed.getTitle())
                .set(SOURCE.PUBLISHER, changed.getPublisher())
                .set(SOURCE.SOURCE_TYPE, changed.getSourceType())
                .set(SOURCE.RELIABILITY, changed.getReliability())
                .set(SOURCE.RELIABILITY_NOTE, changed.getReliabilityNote())
                .set(SOURCE.ARCHIVE_URL, changed.getArchiveUrl())
                .set(SOURCE.ARCHIVED_AT, changed.getArchivedAt())
                .set(SOURCE.FIRST_SEEN_AT, changed.getFirstSeenAt())
                .set(SOURCE.LAST_ACCESSED_AT, changed.getLastAccessedAt())
                .set(SOURCE.UPDATED_AT, OffsetDateTime.now())
                .set(SOURCE.UPDATED_BY, actorId)
                .set(SOURCE.VERSION, SOURCE.VERSION.plus(1))
                .where(SOURCE.ID.eq(changed.getId()), SOURCE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    public void delete(long id) {
        dsl.deleteFrom(SOURCE).where(SOURCE.ID.eq(id)).execute();
    }

    private Condition condition(SourceFilter filter) {
        Condition c = DSL.noCondition();
        String text = filter.text().strip();
        if (!text.isEmpty()) {
            String like = LikePatterns.containing(text);
            Condition matches = SOURCE.TITLE.likeIgnoreCase(like)
                    .or(SOURCE.PUBLISHER.likeIgnoreCase(like))
                    .or(SOURCE.CANONICAL_URL.likeIgnoreCase(like));
            Optional<String> canonical = canonicalOf(text);
            if (canonical.isPresent()) {
                matches = matches.or(SOURCE.CANONICAL_URL.eq(canonical.get()));
            }
            c = c.and(matches);
        }
        if (filter.type() != null) {
            c = c.and(SOURCE.SOURCE_TYPE.eq(filter.type().toDb()));
        }
        if (filter.reliability() != null) {
            c = c.and(SOURCE.RELIABILITY.eq(filter.reliability().toDb()));
        }
        return c;
    }

    private Optional<String> canonicalOf(String text) {
        if (!text.regionMatches(true, 0, "http", 0, 4)) {
            return Optional.empty();
        }
        try {
            return Optional.of(canonicalizer.canonicalize(text).canonical());
        } catch (InvalidUrlException e) {
            return Optional.empty();
        }
    }

    static Source toSource(SourceRecord r) {
        return new Source(r.getId(), r.getUrl(), r.getCanonicalUrl(), r.getTitle(), r.getPublisher(),
                SourceType.of(r.getSourceType()), Reliability.of(r.getReliability()), r.getReliabilityNote(),
                r.getArchiveUrl(), r.getArchivedAt(), r.getFirstSeenAt(), r.getLastAccessedAt(), r.getUpdatedAt(),
                r.getVersion());
    }

    static Source toSource(Record r) {
        return toSource(r.into(SOURCE));
    }
}
