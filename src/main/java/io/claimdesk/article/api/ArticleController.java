package io.claimdesk.article.api;

import io.claimdesk.core.text.TextLimit;
import io.claimdesk.core.text.UserText;
import io.claimdesk.article.domain.AnchorChange;
import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.ArticleFilter;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.ArticleSummary;
import io.claimdesk.article.domain.ImportRequest;
import io.claimdesk.article.domain.ArticleDraft;
import io.claimdesk.article.domain.intake.BodyLink;
import io.claimdesk.article.domain.intake.IntakeResult;
import io.claimdesk.article.domain.intake.PageFurniture;
import io.claimdesk.article.domain.intake.RawDocument;
import io.claimdesk.core.api.Page;
import io.claimdesk.core.domain.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Articles over HTTP: import (JSON or multipart), read, list, and edit metadata or text. */
@RestController
@RequestMapping("/api/v1/articles")
public class ArticleController {

    /** Longest article text a request carries, in code points (a 10 MB UTF-8 upload has at most as many). */
    static final int BODY = 10_000_000;
    static final int TITLE = 1_000;
    static final int URL = 2_048;
    static final int PUBLISHER = 500;
    /** Longest upload file name, in code points (the usual file-system limit of 255). */
    static final int FILE_NAME = 255;

    private final ArticleService articles;

    public ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    /**
     * An article as the API shows it; offsets into {@code body} are code points. {@code textChanges} is given only in
     * the answer to an edit of the text: what the edit did to each claim that moved, changed or was orphaned (an
     * orphan may carry a similar passage for a person to confirm, with what it says differently).
     */
    public record ArticleDto(long id, @Nullable String title, @Nullable String url, @Nullable String canonicalUrl,
                             @Nullable String publisher, @Nullable String byline,
                             @Nullable OffsetDateTime publishedAt, String language, String direction, String body,
                             List<Article.StoredWarning> warnings, @Nullable String charset, String createdBy,
                             OffsetDateTime createdAt, int version,
                             @com.fasterxml.jackson.annotation.JsonInclude(
                                     com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                             @Nullable List<AnchorChange> textChanges) {
        static ArticleDto of(Article a) {
            return of(a, null);
        }

        static ArticleDto of(Article a, @Nullable List<AnchorChange> textChanges) {
            return new ArticleDto(a.id(), a.title(), a.url(), a.canonicalUrl(), a.publisher(), a.byline(),
                    a.publishedAt(), a.language(), a.direction(), a.body(), a.warnings(), a.charset(),
                    a.createdByName(), a.createdAt(), a.version(), textChanges);
        }
    }

    /** JSON import: the text plus optional metadata; {@code force} imports a duplicate text again. */
    public record ImportJson(@TextLimit(TITLE) @Nullable String title, @TextLimit(BODY) @NotNull String body,
                             @io.claimdesk.core.text.ExactText @TextLimit(URL) @Nullable String url, @TextLimit(PUBLISHER) @Nullable String publisher,
                             @TextLimit(PUBLISHER) @Nullable String byline,
                             @Nullable OffsetDateTime publishedAt, @Nullable String language,
                             @Nullable String direction, @Nullable Boolean force) {
    }

    /** Metadata and text changes; {@code version} is the version read (409 when stale). */
    public record ArticlePatch(@NotNull Integer version, @TextLimit(TITLE) @Nullable String title,
                               @io.claimdesk.core.text.ExactText @TextLimit(URL) @Nullable String url, @TextLimit(PUBLISHER) @Nullable String publisher,
                               @TextLimit(PUBLISHER) @Nullable String byline,
                               @Nullable OffsetDateTime publishedAt, @Nullable String language,
                               @Nullable String direction, @TextLimit(BODY) @Nullable String body,
                               @Nullable String note) {
    }


    /**
     * What an import would store, nothing stored yet: the cleaned text, the notes (the warnings an import stores),
     * the page furniture that the import removes (1-based lines of the canonical text of what was sent), the links
     * of an HTML page's text that become candidate sources, and the duplicate checks.
     */
    public record PreviewDto(String title, String body, @Nullable String byline, @Nullable String url,
                             @Nullable String canonicalUrl, @Nullable String publisher,
                             @Nullable OffsetDateTime publishedAt, String language, String direction,
                             @Nullable String charset, List<Article.StoredWarning> warnings,
                             List<PageFurniture.Line> furniture, List<BodyLink> links, @Nullable Long duplicateOf,
                             @Nullable Long sameUrlArticle) {
        static PreviewDto of(ArticleDraft d) {
            IntakeResult r = d.intake();
            return new PreviewDto(r.title(), r.body(), r.byline(), r.url(), r.canonicalUrl(), r.publisher(),
                    r.publishedAt() == null ? null : r.publishedAt().atOffset(ZoneOffset.UTC), r.language(),
                    r.direction(), r.charset(), r.warnings().stream().map(Article.StoredWarning::of).toList(),
                    r.furniture(), r.links(), d.duplicateOf(), d.sameUrlArticle());
        }
    }

    @Operation(summary = "Import an article from JSON text")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ArticleDto> importJson(@Valid @RequestBody ImportJson body) {
        return created(articles.importArticle(request(body)));
    }

    @Operation(summary = "Import an article from a file (.txt in any common encoding, .html, .docx, .pdf)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ArticleDto> importFile(@RequestPart("file") MultipartFile file,
                                                 @ParameterObject @ModelAttribute FileImportFields fields,
                                                 @RequestParam(defaultValue = "false") boolean force) {
        return created(articles.importArticle(fields.request(document(file), force)));
    }

    @Operation(summary = "Preview the import of JSON text: cleaned text, notes, page furniture to remove; stores nothing")
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PreviewDto previewJson(@Valid @RequestBody ImportJson body) {
        return PreviewDto.of(articles.preview(request(body)));
    }

    @Operation(summary = "Preview the import of a file: cleaned text, notes, page furniture to remove; stores nothing")
    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public PreviewDto previewFile(@RequestPart("file") MultipartFile file,
                                  @ParameterObject @ModelAttribute FileImportFields fields) {
        return PreviewDto.of(articles.preview(fields.request(document(file), false)));
    }

    /**
     * The form fields of a file import and of its preview, beside the file (one binding for both): optional
     * metadata that overrides what intake reads from the file, the character encoding of a text file (empty:
     * detected), and {@code notes} for .docx footnotes and endnotes ({@code section}, the default, or
     * {@code drop}). A date that does not parse is a 422 on the field ({@code ApiErrors}).
     */
    public record FileImportFields(@Nullable String title, @Nullable String url, @Nullable String publisher,
                                   @Nullable String byline, @Nullable OffsetDateTime publishedAt,
                                   @Nullable String language, @Nullable String direction, @Nullable String charset,
                                   @Nullable String notes) {

        ImportRequest request(RawDocument document, boolean force) {
            return new ImportRequest(null, document, title, url, publisher, byline, publishedAt, language, direction,
                    charset, force, dropNotes(notes == null ? "section" : notes));
        }
    }

    /** {@code notes=section} (default) lists .docx footnotes and endnotes after the body, {@code notes=drop} leaves them out. */
    private static boolean dropNotes(String notes) {
        return switch (notes.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "section", "" -> false;
            case "drop" -> true;
            default -> throw ValidationException.of("article.notes.invalid", notes);
        };
    }

    private static ImportRequest request(ImportJson body) {
        return new ImportRequest(body.body(), null, body.title(), body.url(), body.publisher(),
                body.byline(), body.publishedAt(), body.language(), body.direction(), null,
                Boolean.TRUE.equals(body.force()));
    }

    private RawDocument document(MultipartFile file) {
        articles.checkUploadSize(file.getSize());
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
        String given = file.getOriginalFilename() == null ? "" : UserText.canonical("filename",
                file.getOriginalFilename(), FILE_NAME);
        String name = given.isBlank() ? "upload" : given;
        return new RawDocument(bytes, name, file.getContentType());
    }

    @Operation(summary = "One article")
    @GetMapping("/{id}")
    public ArticleDto get(@PathVariable long id) {
        return ArticleDto.of(articles.get(id));
    }

    @Operation(summary = "Articles, newest first; filter by text (title, publisher, URL) and language")
    @GetMapping
    public Page<ArticleSummary> list(@RequestParam(defaultValue = "") String q,
                                     @RequestParam(required = false) @Nullable String language,
                                     @RequestParam(defaultValue = "0") int offset,
                                     @RequestParam(defaultValue = "50") int limit) {
        ArticleFilter filter = new ArticleFilter(q, language == null || language.isBlank() ? null : language);
        int size = Page.limit(limit);
        int from = Page.offset(offset);
        return new Page<>(articles.find(filter, from, size, List.of()), from, size, articles.count(filter));
    }

    @Operation(summary = "Change metadata and/or the text (claims are re-anchored)")
    @PatchMapping("/{id}")
    public ArticleDto patch(@PathVariable long id, @Valid @RequestBody ArticlePatch patch) {
        int version = patch.version();
        Article a = articles.updateMetadata(id, version, new ArticleService.MetadataChange(patch.title(),
                patch.url(), patch.publisher(), patch.byline(), patch.publishedAt(), patch.language(),
                patch.direction()));
        if (patch.body() != null) {
            ArticleService.BodyEdit edit = articles.editBody(id, a.version(), patch.body(), patch.note());
            return ArticleDto.of(edit.article(), edit.changes());
        }
        return ArticleDto.of(a);
    }

    private static ResponseEntity<ArticleDto> created(Article a) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/articles/{id}").buildAndExpand(a.id()).toUri())
                .body(ArticleDto.of(a));
    }
}
