/**
 * Command-line mode of the Claimdesk jar: batch import and export on the configured database, without the web
 * server.
 */
@NullMarked
package io.claimdesk.cli;

import org.jspecify.annotations.NullMarked;
