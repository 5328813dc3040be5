package io.claimdesk.core.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Most code points a text field of a request accepts (checked by {@link UserText} after canonicalisation). On a
 * {@code List<String>} the limit holds for each element. Fields without it get
 * {@link UserText#DEFAULT_MAX_CODE_POINTS}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextLimit {
    int value();
}
