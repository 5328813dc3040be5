/**
 * REST endpoints of the report feature: article reports (HTML, PDF), claim exports (CSV, ClaimReview, Web
 * Annotations), the full JSON export and its import.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.report.api;
