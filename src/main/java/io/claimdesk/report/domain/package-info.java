/**
 * Pure domain logic of the report feature (no Spring, no database, no UI).
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.report.domain;
