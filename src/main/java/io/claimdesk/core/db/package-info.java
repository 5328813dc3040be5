@NullMarked
package io.claimdesk.core.db;

import org.jspecify.annotations.NullMarked;
