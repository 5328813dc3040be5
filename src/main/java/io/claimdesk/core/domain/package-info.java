/** Shared domain vocabulary: errors every feature reports the same way. */
@NullMarked
package io.claimdesk.core.domain;

import org.jspecify.annotations.NullMarked;
