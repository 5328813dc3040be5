/**
 * Shared text utilities: the one canonicaliser for user text ({@link io.claimdesk.core.text.UserText}), offsets in
 * Unicode code points (W3C Web Annotation) and UTF-16 conversion.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.core.text;
