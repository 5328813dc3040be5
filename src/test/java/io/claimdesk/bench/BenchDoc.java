package io.claimdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a benchmark's figures into docs/benchmarks.md between {@code <!-- bench:NAME -->} and
 * {@code <!-- /bench:NAME -->} markers: a re-run replaces only its own section, a new section is appended. The
 * section ends with the date (UTC day of the run) and the machine (cores, max heap, Java, OS).
 */
final class BenchDoc {

    static final Path DOC = Path.of("docs", "benchmarks.md");

    private BenchDoc() {
    }

    /** Replaces (or appends) section {@code name} of docs/benchmarks.md with {@code body}, and prints the body. */
    static synchronized void section(String name, String body) throws IOException {
        String text = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String open = "<!-- bench:" + name + " -->";
        String close = "<!-- /bench:" + name + " -->";
        String block = open + "\n" + body + "\n_Run " + LocalDate.now(java.time.ZoneOffset.UTC) + " on "
                + machine() + "._\n" + close;
        int a = text.indexOf(open);
        int b = text.indexOf(close);
        if (a >= 0 && b > a) {
            text = text.substring(0, a) + block + text.substring(b + close.length());
        } else {
            text = text.stripTrailing() + "\n\n" + block + "\n";
        }
        Files.writeString(DOC, text, StandardCharsets.UTF_8);
        System.out.println(body);
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MB, Java %s, %s", rt.availableProcessors(),
                rt.maxMemory() / 1024 / 1024, System.getProperty("java.version"), System.getProperty("os.name"));
    }
}
