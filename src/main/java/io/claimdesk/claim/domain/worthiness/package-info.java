/**
 * The learned check-worthiness model (issue 17): features, training with Tribuo, cross-validated MAP, the shipped
 * model, model versions trained from the desk's decisions, and the suggestion score that combines the model with
 * the rule's guards.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.claim.domain.worthiness;
