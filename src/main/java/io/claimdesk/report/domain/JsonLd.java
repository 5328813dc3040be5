package io.claimdesk.report.domain;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Serialises JSON-LD (e.g. schema.org ClaimReview) so it can be embedded verbatim in an HTML
 * {@code <script type="application/ld+json">} element.
 *
 * <p>Inside a script element the HTML parser ends the element at the first {@code </script} and treats
 * {@code <!--} specially, whatever the JSON means (HTML Living Standard, "Restrictions for contents of
 * script elements"). So {@code <}, {@code >} and {@code &} are written as {@code \u003C}, {@code \u003E},
 * {@code \u0026} everywhere (keys and values; Jackson writes upper-case hex), and LINE SEPARATOR / PARAGRAPH SEPARATOR as {@code \u2028},
 * {@code \u2029} (they end lines in older JavaScript parsers). These are ordinary JSON string escapes
 * (RFC 8259 section 7), so any JSON parser reads back exactly the original value. The output is compact
 * (no indentation) and contains only characters that need no further HTML escaping inside a script element.
 */
public final class JsonLd {

    private static final ObjectMapper MAPPER =
            new ObjectMapper(new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build());

    private JsonLd() {
    }

    /**
     * @param node a JSON value (usually an object with {@code @context} and {@code @type})
     * @return compact JSON text with {@code < > &} U+2028 U+2029 escaped as {@code \}{@code uXXXX}
     * @throws UncheckedIOException if Jackson cannot serialise the node (it holds a POJO that fails to serialise)
     */
    public static String toScriptSafeJson(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson character escapes: standard JSON escapes plus the five characters above. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] asciiEscapes;

        ScriptSafeEscapes() {
            int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            this.asciiEscapes = escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes.clone();
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return LINE_SEPARATOR;
            }
            if (ch == 0x2029) {
                return PARAGRAPH_SEPARATOR;
            }
            return null;
        }
    }
}
