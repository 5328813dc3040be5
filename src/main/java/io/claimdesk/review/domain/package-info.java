/** Verification workflow (domain): statuses and transitions, verdict scale, assignment, comments, tamper-evident history. */
@NullMarked
package io.claimdesk.review.domain;

import org.jspecify.annotations.NullMarked;
