@NullMarked
package io.claimdesk.user.domain;

import org.jspecify.annotations.NullMarked;
