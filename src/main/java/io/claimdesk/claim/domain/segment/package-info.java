/**
 * Article segmentation into sentence and clause suggestions (ICU4J sentence break iteration).
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.claim.domain.segment;
