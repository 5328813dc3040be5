@NullMarked
package io.claimdesk.core.security;

import org.jspecify.annotations.NullMarked;
