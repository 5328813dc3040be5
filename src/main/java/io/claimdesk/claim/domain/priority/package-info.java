/**
 * The desk-wide priority list "Worth checking now" (issue 17): stored, scored suggestions of every article, read in
 * score order with LIMIT and a keyset cursor, kept current by {@link io.claimdesk.claim.domain.priority.PriorityList}.
 */
@NullMarked
package io.claimdesk.claim.domain.priority;

import org.jspecify.annotations.NullMarked;
