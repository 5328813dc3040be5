/**
 * Pure domain logic of the evidence feature (no Spring, no database, no UI).
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.evidence.domain;
