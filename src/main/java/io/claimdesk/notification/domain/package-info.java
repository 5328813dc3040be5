/**
 * Notifications (domain): made from the claims' history events after they commit, stored per user, read and
 * marked read; optional e-mail per kind; the cluster-wide "notification" message that refreshes open bells.
 */
@NullMarked
package io.claimdesk.notification.domain;

import org.jspecify.annotations.NullMarked;
