@NullMarked
package io.claimdesk.core.ui;

import org.jspecify.annotations.NullMarked;
