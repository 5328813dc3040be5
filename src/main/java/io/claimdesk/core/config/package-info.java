@NullMarked
package io.claimdesk.core.config;

import org.jspecify.annotations.NullMarked;
