package io.claimdesk.core.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that names something exactly (an e-mail address, a URL, a username): a control character in it
 * (C0 or C1, TAB and line breaks included) is refused with 422 naming the field ({@link InvalidTextException.Reason#CONTROL})
 * instead of being removed as in free text, because removing it would change what the field names (issue 14:
 * {@code a\u0000b@x.org} is not {@code ab@x.org}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExactText {
}
