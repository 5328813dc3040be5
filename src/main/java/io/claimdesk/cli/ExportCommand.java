package io.claimdesk.cli;

import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.report.domain.BackupService;
import io.claimdesk.report.domain.ClaimExportService;
import io.claimdesk.report.domain.ClaimFilter;
import io.claimdesk.report.domain.ReportService;
import io.claimdesk.report.domain.ReportVariant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * {@code export --format csv|json|claimreview|annotations|report-html|report-pdf --out FILE} with the filters of the
 * export dialog. Writes through the same services as {@code /api/v1/export/*} and
 * {@code /api/v1/articles/{id}/report.*}, so the output is the same for the same filters. {@code --variant
 * public|internal} (default public) chooses the CSV verdicts and the report variant; the reports need
 * {@code --article}. The file appears only when the export completed (written to a temporary file first).
 */
@Component
class ExportCommand {

    private final ClaimExportService exports;
    private final BackupService backups;
    private final ReportService reports;

    ExportCommand(ClaimExportService exports, BackupService backups, ReportService reports) {
        this.exports = exports;
        this.backups = backups;
        this.reports = reports;
    }

    int run(CommandLine line, PrintStream out, PrintStream err) {
        String format = line.option("format");
        String target = line.option("out");
        if (format == null || target == null) {
            err.println("export needs --format and --out.");
            err.println(ClaimdeskCli.usage());
            return 2;
        }
        ClaimFilter filter;
        ReportVariant variant;
        try {
            variant = ReportVariant.parse(line.option("variant"));
            filter = new ClaimFilter(
                    line.option("article") == null ? null : Long.valueOf(line.option("article")),
                    line.option("status"), line.option("verdict"), date(line.option("from")),
                    date(line.option("to")), ClaimFilter.dateField(
                            line.option("date-field") == null ? "CLAIM_DATE" : line.option("date-field")));
        } catch (NumberFormatException e) {
            err.println("--article takes an article id (a number).");
            return 2;
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return 2;
        }
        Path out1 = Path.of(target);
        Path tmp;
        try {
            Path dir = out1.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".claimdesk-export-", ".part");
        } catch (IOException e) {
            err.println("Cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            long written = switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> exports.writeCsv(filter, os, !line.flag("no-bom"),
                        "ar".equals(line.option("lang")) ? "ar" : "en", variant);
                case "report-html", "report-pdf" -> {
                    if (filter.articleId() == null) {
                        throw ValidationException.of("cli.format.needsArticle", format);
                    }
                    ReportService.Report report = format.toLowerCase(Locale.ROOT).equals("report-html")
                            ? reports.html(filter.articleId(), line.option("lang"), variant)
                            : reports.pdf(filter.articleId(), line.option("lang"), variant);
                    os.write(report.content());
                    yield -2;
                }
                case "claimreview" -> exports.writeClaimReviews(filter, os);
                case "annotations" -> exports.writeAnnotations(filter, os);
                case "json" -> {
                    backups.export(os);
                    yield -1;
                }
                default -> throw ValidationException.of("cli.format.unknown", format,
                        "csv, json, claimreview, annotations, report-html, report-pdf");
            };
            os.close();
            Files.move(tmp, out1, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println(written == -1 ? "Wrote the full JSON export to " + out1
                    : written == -2 ? "Wrote the " + variant.wireName() + " report of article " + filter.articleId()
                    + " to " + out1
                    : "Wrote " + written + " claims to " + out1);
            return 0;
        } catch (ValidationException e) {
            err.println(e.getMessage());
            return 2;
        } catch (io.claimdesk.core.domain.NotFoundException e) {
            err.println(e.getMessage());
            return 1;
        } catch (AccessDeniedException e) {
            err.println("The account may not export this (the full JSON export needs ADMIN): " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("Export failed: " + e.getMessage());
            return 1;
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is in the target folder; nothing else to clean
            }
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("cli.date.invalid", s);
        }
    }
}
