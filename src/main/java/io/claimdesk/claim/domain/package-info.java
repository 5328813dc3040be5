/**
 * Claim domain logic: the rule-based check-worthiness score.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.claim.domain;
