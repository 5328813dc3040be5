package io.claimdesk.article.domain.intake;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding chosen for some bytes, and how sure intake is.
 *
 * @param charset    the encoding used to decode
 * @param confidence 0..100; 100 for an override, a byte order mark, a declaration or valid UTF-8, otherwise
 *                   ICU's {@code CharsetMatch.getConfidence()}
 * @param guessed    {@code true} when the encoding came from statistics ({@link Basis#DETECTED}), so the user
 *                   should be offered to choose another
 * @param basis      where the choice came from
 * @param bomLength  number of leading bytes that are a byte order mark (skipped when decoding)
 */
public record CharsetDetection(Charset charset, int confidence, boolean guessed, Basis basis, int bomLength) {

    /** Where a charset choice came from, strongest first. */
    public enum Basis {
        /** The user chose it ({@link IntakeOptions#charsetOverride()}). */
        OVERRIDE,
        /** A Unicode byte order mark at the start. */
        BOM,
        /** An in-document declaration (HTML {@code <meta charset>}). */
        DECLARED,
        /** The bytes are strictly valid UTF-8 (or plain ASCII). */
        VALID_UTF8,
        /** ICU4J {@code CharsetDetector} statistics, with intake's Arabic tie-break. */
        DETECTED
    }

    public CharsetDetection {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(basis, "basis");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0..100: " + confidence);
        }
        if (guessed != (basis == Basis.DETECTED)) {
            throw new IllegalArgumentException("guessed must be true exactly for DETECTED");
        }
    }
}
