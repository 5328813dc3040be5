package io.claimdesk.report.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The streamed claim exports: CSV, ClaimReview JSON-LD and Web Annotation JSON-LD. Each writes claims to the
 * stream as the database cursor delivers them ({@link ClaimExportRepository#forEach}), so memory does not grow with
 * the number of claims. No permission checks here: {@code ClaimExportService} guards these for the UI and the API.
 */
public final class ClaimExports {

    /** CSV columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("article id", "article title", "article URL", "quote",
            "statement",
            "claimant", "claim date", "status", "verdict", "rationale", "evidence", "approver", "approval time (UTC)");

    /** Separator between evidence links inside the evidence cell. */
    public static final String EVIDENCE_SEPARATOR = " | ";

    private final ClaimExportRepository claims;
    private final java.util.function.Supplier<Publisher> publisher;

    /** @param publisher the publisher settings in force, read once per export */
    public ClaimExports(ClaimExportRepository claims, java.util.function.Supplier<Publisher> publisher) {
        this.claims = claims;
        this.publisher = publisher;
    }

    /**
     * Writes the claims matching {@code filter} as CSV ({@link ClaimCsvWriter}: RFC 4180, UTF-8, formula cells
     * neutralised), header {@link #CSV_COLUMNS}; every row carries its article (id, title, URL). Evidence is one
     * cell: {@code STANCE canonical-url} per link, followed by {@code  (archive: archive-url)} when the source has an
     * archived copy, joined by {@link #EVIDENCE_SEPARATOR}; the approval time is ISO 8601 in UTC; the verdict is its label in
     * {@code language} ({@code ar} or {@code en}). In the {@link ReportVariant#PUBLIC} variant the verdict and
     * rationale cells are empty for claims that are not APPROVED; {@link ReportVariant#INTERNAL} fills them for
     * every claim (the status column tells drafts apart). Closes {@code out}.
     *
     * @return the number of claims written
     * @throws IOException when writing fails
     */
    public long writeCsv(ClaimFilter filter, OutputStream out, boolean bom, String language, ReportVariant variant)
            throws IOException {
        long[] count = {0};
        try (ClaimCsvWriter csv = new ClaimCsvWriter(out, bom)) {
            csv.writeHeader(CSV_COLUMNS);
            claims.forEach(filter, c -> {
                try {
                    csv.writeRow(csvRow(c, language, variant));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** The CSV cells of one claim, before neutralisation (verdict and rationale as {@link #writeCsv} says). */
    public static List<String> csvRow(ExportedClaim c, String language, ReportVariant variant) {
        boolean verdictShown = c.approved() || variant == ReportVariant.INTERNAL;
        List<String> evidence = new ArrayList<>();
        for (ExportedClaim.EvidenceLink e : c.evidence()) {
            evidence.add(e.stance() + " " + e.url() + (e.archiveUrl() == null || e.archiveUrl().isBlank() ? ""
                    : " (archive: " + e.archiveUrl() + ")"));
        }
        List<String> row = new ArrayList<>(CSV_COLUMNS.size());
        row.add(Long.toString(c.articleId()));
        row.add(nullToEmpty(c.articleTitle()));
        row.add(nullToEmpty(c.articleUrl()));
        row.add(c.quote());
        row.add(c.statement());
        row.add(nullToEmpty(c.claimant()));
        row.add(c.claimDate() == null ? "" : c.claimDate().toString());
        row.add(c.status());
        row.add(c.verdict() == null || !verdictShown ? "" : c.verdict().label(language));
        row.add(verdictShown ? nullToEmpty(c.rationale()) : "");
        row.add(String.join(EVIDENCE_SEPARATOR, evidence));
        row.add(nullToEmpty(c.approverName()));
        row.add(c.approvedAt() == null ? ""
                : c.approvedAt().withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return row;
    }

    /**
     * Writes ClaimReview JSON-LD ({@link ClaimReviewJsonLd}) for the approved claims with a verdict among those
     * matching {@code filter}, as a JSON array of ClaimReview objects each with its own {@code @context}. The JSON is
     * script-safe ({@link JsonLd}): it can be pasted into a {@code <script type="application/ld+json">} element.
     * Closes {@code out}.
     *
     * @return the number of ClaimReview objects written
     */
    public long writeClaimReviews(ClaimFilter filter, OutputStream out) throws IOException {
        if (filter.status() != null && !"APPROVED".equals(filter.status())) {
            try (Writer w = writer(out)) {
                w.write("[]");
            }
            return 0;
        }
        Publisher by = publisher.get();
        long[] count = {0};
        try (Writer w = writer(out)) {
            w.write('[');
            claims.forEach(filter.approvedOnly(), c -> {
                if (c.verdict() == null || c.approvedAt() == null) {
                    return;
                }
                try {
                    if (count[0] > 0) {
                        w.write(",\n");
                    }
                    w.write(JsonLd.toScriptSafeJson(ClaimReviewJsonLd.claimReview(c, by)));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.write("]\n");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /**
     * Writes a W3C Web Annotation {@code AnnotationCollection} of the claims matching {@code filter}
     * ({@link WebAnnotationJsonLd}), with {@code total} and one {@code AnnotationPage} holding every annotation in
     * claim id order. Only APPROVED claims carry a verdict body ({@link WebAnnotationJsonLd}). Closes {@code out}.
     *
     * @return the number of annotations written
     */
    public long writeAnnotations(ClaimFilter filter, OutputStream out) throws IOException {
        int total = claims.count(filter);
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.put("@context", WebAnnotationJsonLd.CONTEXT);
        head.put("id", "urn:claimdesk:annotations");
        head.put("type", "AnnotationCollection");
        head.put("label", publisher.get().name() + ": claims");
        head.put("total", total);
        String headJson = JsonLd.toScriptSafeJson(head);
        long[] count = {0};
        try (Writer w = writer(out)) {
            // the collection object without its closing brace, then "first": the page with the items
            w.write(headJson, 0, headJson.length() - 1);
            w.write(",\"first\":{\"id\":\"urn:claimdesk:annotations:page:0\",\"type\":\"AnnotationPage\","
                    + "\"partOf\":\"urn:claimdesk:annotations\",\"startIndex\":0,\"items\":[\n");
            claims.forEach(filter, c -> {
                try {
                    if (count[0] > 0) {
                        w.write(",\n");
                    }
                    w.write(JsonLd.toScriptSafeJson(WebAnnotationJsonLd.annotation(c)));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.write("]}}\n");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
