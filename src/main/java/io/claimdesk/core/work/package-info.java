/**
 * Bounded work (issue 12): heavy jobs of a request (report rendering, segmentation) run on a fixed pool of workers
 * with a bounded queue and a time limit, and stop when the client goes away or the application shuts down.
 */
@NullMarked
package io.claimdesk.core.work;

import org.jspecify.annotations.NullMarked;
