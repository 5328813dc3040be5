@NullMarked
package io.claimdesk.claim.ui;

import org.jspecify.annotations.NullMarked;
