@NullMarked
package io.claimdesk.article.ui;

import org.jspecify.annotations.NullMarked;
