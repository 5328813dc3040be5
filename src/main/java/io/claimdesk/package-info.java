@NullMarked
package io.claimdesk;

import org.jspecify.annotations.NullMarked;
