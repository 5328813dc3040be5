package io.claimdesk.core.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.claimdesk.core.text.TextLimit;
import io.claimdesk.core.text.UserText;
import org.jspecify.annotations.Nullable;

import java.io.IOException;

/**
 * Jackson module that passes every JSON string a request carries through {@link UserText}: the field name and the
 * limit come from the bound property (its {@link TextLimit}, else {@link UserText#DEFAULT_MAX_CODE_POINTS}); strings
 * inside a list are checked against the list's limit and reported under the list's name. Registered only on the
 * HTTP message converters ({@link UserTextWebConfig}), so the application's own JSON (history, stored warnings)
 * reads back unchanged.
 */
public class UserTextModule extends SimpleModule {

    public UserTextModule() {
        super("claimdesk-user-text");
        addDeserializer(String.class, new CanonicalString(null, UserText.DEFAULT_MAX_CODE_POINTS, false));
    }

    static final class CanonicalString extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final @Nullable String field;
        private final int limit;
        /** {@link io.claimdesk.core.text.ExactText}: controls are refused, not removed. */
        private final boolean exact;

        CanonicalString(@Nullable String field, int limit, boolean exact) {
            super(String.class);
            this.field = field;
            this.limit = limit;
            this.exact = exact;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            if (property == null) {
                return this;
            }
            TextLimit limit = property.getAnnotation(TextLimit.class);
            return new CanonicalString(property.getName(),
                    limit == null ? UserText.DEFAULT_MAX_CODE_POINTS : limit.value(),
                    property.getAnnotation(io.claimdesk.core.text.ExactText.class) != null);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            String name = field != null ? field : fieldOf(p);
            return exact ? UserText.exact(name, value, limit) : UserText.canonical(name, value, limit);
        }

        /** The nearest named field of the parser's position (a list element reports its list). */
        private static String fieldOf(JsonParser p) {
            for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
                if (c.getCurrentName() != null) {
                    return c.getCurrentName();
                }
            }
            return "body";
        }
    }
}
