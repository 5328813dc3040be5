/** Verification workflow (ui): statuses and transitions, verdict scale, assignment, comments, tamper-evident history. */
@NullMarked
package io.claimdesk.review.ui;

import org.jspecify.annotations.NullMarked;
