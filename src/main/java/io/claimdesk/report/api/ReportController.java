package io.claimdesk.report.api;

import io.claimdesk.report.domain.BackupService;
import io.claimdesk.report.domain.ClaimExportService;
import io.claimdesk.report.domain.ClaimFilter;
import io.claimdesk.report.domain.DownloadNames;
import io.claimdesk.report.domain.ReportService;
import io.claimdesk.report.domain.ReportVariant;
import io.claimdesk.report.domain.WorkbenchBackup;
import io.claimdesk.core.domain.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Reports and exports over HTTP. Claim exports take the same filters: {@code articleId}, {@code status},
 * {@code verdict}, {@code from} and {@code to} (ISO dates, inclusive) applied to {@code dateField}
 * ({@code CLAIM_DATE}, the default, or {@code CREATED}). Exports are streamed as they are read from the database.
 */
@RestController
@RequestMapping("/api/v1")
public class ReportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");
    static final MediaType ANNOTATIONS = MediaType.parseMediaType(
            "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\";charset=UTF-8");

    private final ReportService reports;
    private final ClaimExportService exports;
    private final BackupService backup;

    public ReportController(ReportService reports, ClaimExportService exports, BackupService backup) {
        this.reports = reports;
        this.exports = exports;
        this.backup = backup;
    }

    @Operation(summary = "Article report as HTML (lang=en|ar, default: the article's language; variant=public, "
            + "the default, holds approved claims only, variant=internal every claim with drafts marked)")
    @GetMapping("/articles/{id}/report.html")
    public ResponseEntity<byte[]> reportHtml(@PathVariable long id, @RequestParam(required = false) @Nullable String lang,
                                             @RequestParam(required = false) @Nullable String variant) {
        ReportService.Report report = reports.html(id, lang, ReportVariant.parse(variant));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DownloadNames.contentDisposition("inline", DownloadNames.fileName(report.title(), "html")))
                .body(report.content());
    }

    @Operation(summary = "Article report as PDF (lang=en|ar, default: the article's language; variant=public, "
            + "the default, holds approved claims only, variant=internal every claim with drafts marked)")
    @GetMapping("/articles/{id}/report.pdf")
    public ResponseEntity<byte[]> reportPdf(@PathVariable long id, @RequestParam(required = false) @Nullable String lang,
                                             @RequestParam(required = false) @Nullable String variant) {
        ReportService.Report report = reports.pdf(id, lang, ReportVariant.parse(variant));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        DownloadNames.contentDisposition("inline", DownloadNames.fileName(report.title(), "pdf")))
                .body(report.content());
    }

    @Operation(summary = "Claims as CSV (UTF-8; bom=false leaves out the byte order mark; lang=en|ar for verdicts; "
            + "variant=public, the default, gives verdicts of approved claims only, variant=internal every verdict)")
    @GetMapping("/export/claims.csv")
    public ResponseEntity<StreamingResponseBody> claimsCsv(
            @RequestParam(required = false) @Nullable Long articleId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String verdict,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "CLAIM_DATE") String dateField,
            @RequestParam(defaultValue = "true") boolean bom,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(required = false) @Nullable String variant) {
        ClaimFilter filter = filter(articleId, status, verdict, from, to, dateField);
        String language = "ar".equals(lang) ? "ar" : "en";
        ReportVariant v = ReportVariant.parse(variant);
        exports.count(filter); // permission check before the response starts
        return download(CSV, "claims-" + stamp() + ".csv", out -> exports.writeCsv(filter, out, bom, language, v));
    }

    @Operation(summary = "schema.org ClaimReview JSON-LD of the approved claims among the filtered ones")
    @GetMapping("/export/claimreview.jsonld")
    public ResponseEntity<StreamingResponseBody> claimReview(
            @RequestParam(required = false) @Nullable Long articleId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String verdict,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "CLAIM_DATE") String dateField) {
        ClaimFilter filter = filter(articleId, status, verdict, from, to, dateField);
        exports.count(filter);
        return download(JSON_LD, "claimreview-" + stamp() + ".jsonld", out -> exports.writeClaimReviews(filter, out));
    }

    @Operation(summary = "W3C Web Annotations (AnnotationCollection) of the filtered claims")
    @GetMapping("/export/annotations.jsonld")
    public ResponseEntity<StreamingResponseBody> annotations(
            @RequestParam(required = false) @Nullable Long articleId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String verdict,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "CLAIM_DATE") String dateField) {
        ClaimFilter filter = filter(articleId, status, verdict, from, to, dateField);
        exports.count(filter);
        return download(ANNOTATIONS, "annotations-" + stamp() + ".jsonld", out -> exports.writeAnnotations(filter, out));
    }

    @Operation(summary = "Full JSON export of the workbench content (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/export/claims.json")
    public ResponseEntity<StreamingResponseBody> fullExport() {
        return download(MediaType.APPLICATION_JSON, "claimdesk-export-" + stamp() + ".json", backup::export);
    }

    @Operation(summary = "Restore a full JSON export into an empty instance (ADMIN); 409 when content exists")
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    public WorkbenchBackup.ImportSummary importJson(InputStream body) {
        return backup.importFrom(body);
    }

    @Operation(summary = "Restore a full JSON export uploaded as multipart field 'file' (ADMIN)")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public WorkbenchBackup.ImportSummary importFile(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return backup.importFrom(in);
        }
    }

    private static ClaimFilter filter(@Nullable Long articleId, @Nullable String status, @Nullable String verdict,
                                      @Nullable LocalDate from, @Nullable LocalDate to, String dateField) {
        return new ClaimFilter(articleId, status, verdict, from, to, ClaimFilter.dateField(dateField));
    }

    private static ResponseEntity<StreamingResponseBody> download(MediaType type, String fileName,
                                                                  StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.contentDisposition("attachment", fileName))
                .body(body);
    }

    private static String stamp() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}
