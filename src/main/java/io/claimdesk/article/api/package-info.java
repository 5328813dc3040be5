@NullMarked
package io.claimdesk.article.api;

import org.jspecify.annotations.NullMarked;
