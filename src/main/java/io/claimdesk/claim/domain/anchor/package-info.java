/**
 * Anchoring claim spans to article text with W3C Web Annotation selectors, and re-anchoring after edits.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.claim.domain.anchor;
