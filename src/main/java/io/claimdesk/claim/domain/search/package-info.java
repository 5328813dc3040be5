/**
 * "Checked before": claims similar to a claim (pg_trgm trigram similarity of the Arabic-normalised statements),
 * claim groups (the same claim in several articles) and reuse of a group's approved verdict as a proposal.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.claim.domain.search;
