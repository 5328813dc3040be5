@NullMarked
package io.claimdesk.user.api;

import org.jspecify.annotations.NullMarked;
