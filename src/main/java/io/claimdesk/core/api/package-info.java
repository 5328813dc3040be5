@NullMarked
package io.claimdesk.core.api;

import org.jspecify.annotations.NullMarked;
