/** Spring Security set-up: the Vaadin chain (login view) and the stateless HTTP Basic chain of the REST API. */
@NullMarked
package io.claimdesk.user.security;

import org.jspecify.annotations.NullMarked;
