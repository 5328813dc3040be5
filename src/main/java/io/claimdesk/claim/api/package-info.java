@NullMarked
package io.claimdesk.claim.api;

import org.jspecify.annotations.NullMarked;
