package io.claimdesk.review.domain;

import java.util.List;

/**
 * Result of checking the hash chain of claim history.
 *
 * @param intact  no event is broken
 * @param checked how many events were checked
 * @param broken  ids of the events whose stored hash does not match their content, or whose {@code prev_hash}
 *                does not match the hash of the event before it (by {@code seq}); by claim, then in chain
 *                order, so a claim's first one is where its chain breaks
 */
public record ChainCheck(boolean intact, int checked, List<Long> broken) {
}
