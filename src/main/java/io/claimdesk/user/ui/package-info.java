@NullMarked
package io.claimdesk.user.ui;

import org.jspecify.annotations.NullMarked;
