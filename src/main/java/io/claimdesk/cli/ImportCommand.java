package io.claimdesk.cli;

import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.DuplicateArticleException;
import io.claimdesk.article.domain.ImportRequest;
import io.claimdesk.article.domain.intake.IntakeException;
import io.claimdesk.article.domain.intake.RawDocument;
import io.claimdesk.core.domain.ValidationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code import FILE|DIR...}: imports each file as one article (each in its own transaction), shows progress, and
 * ends with a summary of imported, duplicate and failed files with the reasons. Exit code 1 when any file failed
 * (duplicates are reported, not failures).
 */
@Component
class ImportCommand {

    private final ArticleService articles;

    ImportCommand(ArticleService articles) {
        this.articles = articles;
    }

    /** One file's outcome. */
    record Outcome(Path file, Kind kind, String detail) {
        enum Kind { IMPORTED, DUPLICATE, FAILED }
    }

    int run(CommandLine line, PrintStream out, PrintStream err) {
        if (line.positional().isEmpty()) {
            err.println("import needs at least one FILE or DIR.");
            err.println(ClaimdeskCli.usage());
            return 2;
        }
        List<Path> files = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (String arg : line.positional()) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    outcomes.add(new Outcome(p, Outcome.Kind.FAILED, "cannot list the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                outcomes.add(new Outcome(p, Outcome.Kind.FAILED, "no such file or folder"));
            }
        }
        Progress progress = new Progress(err, files.size());
        for (Path file : files) {
            progress.step(file.getFileName().toString());
            outcomes.add(importOne(file, line));
        }
        progress.done();
        return summary(outcomes, out);
    }

    private Outcome importOne(Path file, CommandLine line) {
        try {
            long size = Files.size(file);
            articles.checkUploadSize(size);
            byte[] bytes = Files.readAllBytes(file);
            RawDocument doc = new RawDocument(bytes, file.getFileName().toString(), Files.probeContentType(file));
            ImportRequest request = new ImportRequest(null, doc, null, null, null, null, null, line.option("language"),
                    null, line.option("charset"), line.flag("force"));
            Article a = articles.importArticle(request);
            return new Outcome(file, Outcome.Kind.IMPORTED, "article " + a.id() + " (" + a.language() + ", "
                    + a.body().lines().filter(l -> !l.isBlank()).count() + " paragraphs"
                    + (a.warnings().isEmpty() ? "" : ", " + a.warnings().size() + " notes") + ")");
        } catch (DuplicateArticleException e) {
            return new Outcome(file, Outcome.Kind.DUPLICATE, "same text as article " + e.existingArticleId());
        } catch (IntakeException e) {
            return new Outcome(file, Outcome.Kind.FAILED, e.code().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": " + e.getMessage());
        } catch (ValidationException e) {
            return new Outcome(file, Outcome.Kind.FAILED, e.getMessage());
        } catch (IOException e) {
            return new Outcome(file, Outcome.Kind.FAILED, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(file, Outcome.Kind.FAILED, "unexpected error: " + e);
        }
    }

    private static int summary(List<Outcome> outcomes, PrintStream out) {
        long imported = count(outcomes, Outcome.Kind.IMPORTED);
        long duplicates = count(outcomes, Outcome.Kind.DUPLICATE);
        long failed = count(outcomes, Outcome.Kind.FAILED);
        for (Outcome.Kind kind : Outcome.Kind.values()) {
            List<Outcome> of = outcomes.stream().filter(o -> o.kind() == kind).toList();
            if (of.isEmpty()) {
                continue;
            }
            out.println(switch (kind) {
                case IMPORTED -> "Imported:";
                case DUPLICATE -> "Duplicates (not imported; use --force to import again):";
                case FAILED -> "Failed:";
            });
            of.forEach(o -> out.println("  " + o.file() + ": " + o.detail()));
        }
        out.printf(Locale.ROOT, "Summary: %d imported, %d duplicate, %d failed (of %d)%n", imported, duplicates,
                failed, outcomes.size());
        return failed > 0 ? 1 : 0;
    }

    private static long count(List<Outcome> outcomes, Outcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** A progress bar on a terminal; one line per file otherwise (logs, pipes). */
    static final class Progress {
        private final PrintStream err;
        private final int total;
        private final boolean terminal = System.console() != null;
        private int done;

        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        void step(String name) {
            done++;
            if (terminal) {
                int width = 30;
                int filled = total == 0 ? width : done * width / total;
                err.printf(Locale.ROOT, "\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), "-".repeat(width - filled),
                        done, total, name);
            } else {
                err.printf(Locale.ROOT, "(%d/%d) %s%n", done, total, name);
            }
            err.flush();
        }

        void done() {
            if (terminal) {
                err.println();
            }
        }
    }
}
