@NullMarked
package io.claimdesk.core.i18n;

import org.jspecify.annotations.NullMarked;
