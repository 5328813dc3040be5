package io.claimdesk.article.domain.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Test fixtures: own-written texts under src/test/resources/intake, and the shared real sample. */
final class Fixtures {

    static final String SAMPLE_NAME = "iraq-coalition-ar.txt";

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/intake/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The real sample article, from {@code CLAIMDESK_SAMPLES_DIR} or {@code ../shared/samples/}; aborts the test
     * (JUnit assumption) when it is not there.
     */
    static String sample() {
        String dir = System.getenv("CLAIMDESK_SAMPLES_DIR");
        Path path = dir != null && !dir.isBlank() ? Path.of(dir, SAMPLE_NAME) : Path.of("../shared/samples", SAMPLE_NAME);
        if (!Files.isRegularFile(path)) {
            System.out.println("skipped: ../shared/samples/" + SAMPLE_NAME + " not found");
            Assumptions.abort("skipped: ../shared/samples/" + SAMPLE_NAME + " not found");
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
