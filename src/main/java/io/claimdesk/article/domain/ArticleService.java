package io.claimdesk.article.domain;

import io.claimdesk.article.domain.intake.ArticleIntake;
import io.claimdesk.article.domain.intake.IntakeOptions;
import io.claimdesk.article.domain.intake.IntakeResult;
import io.claimdesk.article.domain.intake.LanguageDetector;
import io.claimdesk.article.domain.intake.RawDocument;
import io.claimdesk.article.domain.intake.TextCanonicalizer;
import io.claimdesk.core.config.ClaimdeskProperties;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.web.InvalidUrlException;
import io.claimdesk.core.web.UrlCanonicalizer;
import io.claimdesk.db.tables.records.ArticleRecord;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Article intake and editing. Import runs the intake pipeline (decode, extract, canonicalise, collapse repeats,
 * byline, language), refuses a duplicate canonical text unless forced, and stores the canonical article together
 * with the raw upload, all in one transaction: a failure stores nothing.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleIntake intake;
    private final CurrentUser currentUser;
    private final ClaimdeskProperties properties;
    private final ApplicationEventPublisher events;
    private final UrlCanonicalizer urls = new UrlCanonicalizer();
    private final LanguageDetector languages = new LanguageDetector();
    private final TextCanonicalizer canonicalizer = new TextCanonicalizer();

    public ArticleService(ArticleRepository articles, CurrentUser currentUser, ClaimdeskProperties properties,
                          ApplicationEventPublisher events) {
        this.articles = articles;
        this.intake = new ArticleIntake();
        this.currentUser = currentUser;
        this.properties = properties;
        this.events = events;
    }

    /** The upload limit in bytes ({@code claimdesk.intake.max-upload-size}). */
    public long maxUploadBytes() {
        return properties.intake().maxUploadSize().toBytes();
    }

    /**
     * Refuses an upload of {@code size} bytes over the limit, before its bytes are read.
     *
     * @throws io.claimdesk.article.domain.intake.IntakeException TOO_LARGE
     */
    public void checkUploadSize(long size) {
        ArticleIntake.checkSize(size, IntakeOptions.defaults().withMaxSizeBytes(maxUploadBytes()), "file");
    }

    /**
     * Runs intake without storing anything: the cleaned text, what was changed, and whether the article exists.
     *
     * @throws io.claimdesk.article.domain.intake.IntakeException for empty, over-size, binary or unreadable input
     * @throws ValidationException                                 for a malformed URL or language code
     */
    @PreAuthorize("hasRole('CHECKER')")
    public ArticleDraft preview(ImportRequest request) {
        IntakeResult result = applyCorrections(runIntake(request), request);
        Long duplicate = null;
        String duplicateTitle = null;
        var existing = articles.findByContentHash(result.contentHash());
        if (existing.isPresent()) {
            duplicate = existing.get().getId();
            duplicateTitle = titleOf(existing.get());
        }
        Long sameUrl = result.canonicalUrl() == null ? null
                : articles.findIdByCanonicalUrl(result.canonicalUrl()).orElse(null);
        return new ArticleDraft(result, duplicate, duplicateTitle, sameUrl);
    }

    /**
     * Imports one article.
     *
     * @return the stored article
     * @throws DuplicateArticleException when the same canonical text exists and {@code force} is false
     * @throws io.claimdesk.article.domain.intake.IntakeException for empty, over-size, binary or unreadable input
     * @throws ValidationException for a malformed URL or language code
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Article importArticle(ImportRequest request) {
        AppUser me = currentUser.require();
        ArticleDraft draft = preview(request);
        if (draft.duplicateOf() != null && !request.force()) {
            throw new DuplicateArticleException(draft.duplicateOf(), Objects.requireNonNullElse(draft.duplicateTitle(), ""));
        }
        IntakeResult r = draft.intake();
        List<Article.StoredWarning> warnings = new java.util.ArrayList<>(
                r.warnings().stream().map(Article.StoredWarning::of).toList());
        if (draft.sameUrlArticle() != null) {
            warnings.add(new Article.StoredWarning("SAME_URL",
                    "Another article (" + draft.sameUrlArticle() + ") has the same canonical URL."));
        }
        if (draft.duplicateOf() != null) {
            warnings.add(new Article.StoredWarning("DUPLICATE_IMPORTED",
                    "Imported again on purpose although article " + draft.duplicateOf() + " has the same text."));
        }
        ArticleRecord row = new ArticleRecord()
                .setTitle(r.title())
                .setUrl(r.url())
                .setCanonicalUrl(r.canonicalUrl())
                .setPublisher(r.publisher())
                .setByline(r.byline())
                .setPublishedAt(r.publishedAt() == null ? null : r.publishedAt().atOffset(ZoneOffset.UTC))
                .setLanguage(r.language())
                .setDirection(r.direction())
                .setBody(r.body())
                .setContentHash(r.contentHash())
                .setWarnings(articles.warningsJson(warnings))
                .setCharset(r.charset())
                .setCreatedBy(me.id());
        long id = articles.insert(row);
        articles.insertLinks(id, r.links());
        if (request.document() != null) {
            RawDocument doc = request.document();
            articles.insertUpload(id, doc.fileName(), doc.contentType() == null ? "application/octet-stream"
                    : doc.contentType(), doc.bytes());
        } else {
            articles.insertUpload(id, "pasted.txt", "text/plain; charset=UTF-8",
                    Objects.requireNonNull(request.text()).getBytes(StandardCharsets.UTF_8));
        }
        return get(id);
    }

    /**
     * The links of the imported page whose paragraph is a line the span touches (issue 14: candidate sources for a
     * claim from that paragraph). A paragraph is matched by its text (white space folded), so links stay offered
     * after edits elsewhere in the body and go when their paragraph is rewritten.
     *
     * @param start first code point of the span in the current body
     * @param end   end (exclusive) in code points
     * @return the links in page order, each address once
     * @throws NotFoundException when the article does not exist
     */
    @PreAuthorize("hasRole('CHECKER')")
    public List<ArticleLink> linksForSpan(long articleId, int start, int end) {
        Article article = get(articleId);
        java.util.Set<String> touched = new java.util.HashSet<>();
        String body = article.body();
        int lineStart = 0;
        for (String line : body.split("\n", -1)) {
            int length = line.codePointCount(0, line.length());
            int lineEnd = lineStart + length;
            if (start < Math.max(lineEnd, lineStart + 1) && end > lineStart) {
                touched.add(io.claimdesk.article.domain.intake.RepeatedBlockCollapser.fold(line));
            }
            lineStart = lineEnd + 1;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return articles.links(articleId).stream()
                .filter(l -> touched.contains(io.claimdesk.article.domain.intake.RepeatedBlockCollapser.fold(l.paragraph())))
                .filter(l -> seen.add(l.url()))
                .toList();
    }

    @PreAuthorize("hasRole('CHECKER')")
    public Article get(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** Like {@link #find}, with the title matches of the filter's text; by relevance when searching. */
    @PreAuthorize("hasRole('CHECKER')")
    public List<ArticleHit> search(ArticleFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return articles.search(filter, offset, limit, sort);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public List<ArticleSummary> find(ArticleFilter filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return articles.find(filter, offset, limit, sort);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public int count(ArticleFilter filter) {
        return articles.count(filter);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public List<ArticleRepository.Revision> revisions(long id) {
        return articles.revisions(id);
    }

    /**
     * Changes metadata. Null fields stay as they are; an empty string clears a field.
     *
     * @throws ConflictException   when {@code version} is stale
     * @throws ValidationException for a malformed URL, language or direction
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public Article updateMetadata(long id, int version, MetadataChange change) {
        ArticleRecord r = load(id);
        if (change.title() != null) {
            // a cleared title is detected again from the body: an article never has an empty title (issue 14)
            String title = blankToNull(change.title());
            r.setTitle(title != null ? title : intake.title(r.getBody()));
        }
        if (change.url() != null) {
            String url = blankToNull(change.url());
            r.setUrl(url);
            r.setCanonicalUrl(url == null ? null : canonical(url));
        }
        if (change.publisher() != null) {
            r.setPublisher(blankToNull(change.publisher()));
        }
        if (change.byline() != null) {
            r.setByline(blankToNull(change.byline()));
        }
        if (change.publishedAt() != null) {
            r.setPublishedAt(change.publishedAt().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (change.language() != null) {
            String language = language(change.language());
            r.setLanguage(language);
            r.setDirection(languages.direction(language).code());
        }
        if (change.direction() != null) {
            r.setDirection(direction(change.direction()));
        }
        store(r, version);
        return get(id);
    }

    /**
     * Replaces the body with an edited text (canonicalised), keeping the old body as a revision. Claims are
     * re-anchored in the same transaction ({@link ArticleBodyChanged}).
     *
     * @return the article and what the edit did to the claims anchored in it (moved, re-spelled, orphaned; empty
     *         when the text did not change)
     * @throws ConflictException   when {@code version} is stale
     * @throws ValidationException when the new text is empty
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public BodyEdit editBody(long id, int version, String newBody, @Nullable String note) {
        AppUser me = currentUser.require();
        ArticleRecord r = load(id);
        String canonical = canonicalizer.canonicalize(newBody).text();
        if (canonical.isBlank()) {
            throw ValidationException.of("article.body.empty");
        }
        String old = r.getBody();
        if (old.equals(canonical)) {
            return new BodyEdit(get(id), List.of());
        }
        articles.insertRevision(id, old, r.getContentHash(), me.id(), note == null ? "" : note.strip());
        r.setBody(canonical);
        r.setContentHash(sha256(canonical));
        store(r, version);
        List<AnchorChange> changes = new java.util.ArrayList<>();
        events.publishEvent(new ArticleBodyChanged(id, old, canonical, me.id(), changes));
        return new BodyEdit(get(id), changes);
    }

    /**
     * An edit of an article's text and its effects.
     *
     * @param changes what the edit did to anchored claims, in text order of their old position
     */
    public record BodyEdit(Article article, List<AnchorChange> changes) {
        public BodyEdit {
            changes = changes.stream()
                    .sorted(java.util.Comparator.comparingInt(AnchorChange::oldStart).thenComparingLong(AnchorChange::id))
                    .toList();
        }
    }

    /** Metadata changes; null leaves a field as it is. */
    public record MetadataChange(@Nullable String title, @Nullable String url, @Nullable String publisher,
                                 @Nullable String byline, @Nullable OffsetDateTime publishedAt,
                                 @Nullable String language, @Nullable String direction) {
    }

    private IntakeResult runIntake(ImportRequest request) {
        IntakeOptions options = IntakeOptions.defaults()
                .withMaxSizeBytes(maxUploadBytes())
                .withCharsetOverride(blankToNull(request.charset()))
                .withSourceUrl(blankToNull(request.url()))
                .withDocxNotes(request.dropNotes() ? io.claimdesk.article.domain.intake.DocxExtractor.Notes.DROP
                        : io.claimdesk.article.domain.intake.DocxExtractor.Notes.SECTION);
        if (request.document() != null) {
            return intake.fromDocument(request.document(), options);
        }
        return intake.fromText(Objects.requireNonNullElse(request.text(), ""), options);
    }

    private IntakeResult applyCorrections(IntakeResult r, ImportRequest q) {
        String language = q.language() == null || q.language().isBlank() ? r.language() : language(q.language());
        String direction = q.direction() != null && !q.direction().isBlank() ? direction(q.direction())
                : language.equals(r.language()) ? r.direction() : languages.direction(language).code();
        String url = q.url() != null && !q.url().isBlank() ? q.url().strip() : r.url();
        String canonical = r.canonicalUrl() != null ? canonicalOrNull(r.canonicalUrl())
                : url == null ? null : canonical(url);
        return new IntakeResult(
                q.title() != null && !q.title().isBlank() ? q.title().strip() : r.title(),
                r.body(),
                q.byline() != null && !q.byline().isBlank() ? q.byline().strip() : r.byline(),
                url, canonical,
                q.publisher() != null && !q.publisher().isBlank() ? q.publisher().strip() : r.publisher(),
                r.description(),
                q.publishedAt() != null ? q.publishedAt().toInstant() : r.publishedAt(),
                language, direction, r.charset(), r.warnings(), r.contentHash(), r.furniture(), r.links());
    }

    private String canonical(String url) {
        try {
            return urls.canonicalize(url).canonical();
        } catch (InvalidUrlException e) {
            throw ValidationException.of("article.url.invalid." + e.reason().name());
        }
    }

    private @Nullable String canonicalOrNull(String url) {
        try {
            return urls.canonicalize(url).canonical();
        } catch (InvalidUrlException e) {
            return null;
        }
    }

    private static String language(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z]{2,3}")) {
            throw ValidationException.of("article.language.invalid", code);
        }
        return c;
    }

    private static String direction(String value) {
        String d = value.strip().toLowerCase(Locale.ROOT);
        if (!d.equals("rtl") && !d.equals("ltr")) {
            throw ValidationException.of("article.direction.invalid", value);
        }
        return d;
    }

    private ArticleRecord load(long id) {
        return articles.record(id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    private void store(ArticleRecord r, int version) {
        if (!articles.update(r, version)) {
            ArticleRecord now = load(r.getId());
            String who = articles.lastEditor(r.getId()).orElse(null);
            throw who == null
                    ? ConflictException.stale("article.stale.anonymous", now.getVersion(), null, version,
                    now.getVersion())
                    : ConflictException.stale("article.stale", now.getVersion(), who, who, version, now.getVersion());
        }
    }

    private static String titleOf(ArticleRecord r) {
        if (r.getTitle() != null && !r.getTitle().isBlank()) {
            return r.getTitle();
        }
        String first = r.getBody().lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 60) + "…" : first;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
