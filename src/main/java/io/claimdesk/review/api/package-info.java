/** Verification workflow (api): statuses and transitions, verdict scale, assignment, comments, tamper-evident history. */
@NullMarked
package io.claimdesk.review.api;

import org.jspecify.annotations.NullMarked;
