package io.claimdesk.core.text;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the real sample articles from {@code ../shared/samples/} relative to the Maven basedir, or from the directory
 * in env {@code CLAIMDESK_SAMPLES_DIR}; aborts the calling test (JUnit assumption) when the file is absent.
 */
public final class SampleArticles {

    private SampleArticles() {
    }

    /** The UTF-8 text of {@code name}, or an aborted test when it does not exist. */
    public static String read(String name) {
        String dir = System.getenv("CLAIMDESK_SAMPLES_DIR");
        Path path = (dir == null || dir.isBlank() ? Path.of("..", "shared", "samples") : Path.of(dir)).resolve(name);
        if (!Files.isRegularFile(path)) {
            String message = "skipped: ../shared/samples/" + name + " not found";
            System.out.println(message);
            Assumptions.abort(message);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
