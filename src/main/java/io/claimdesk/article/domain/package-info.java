@NullMarked
package io.claimdesk.article.domain;

import org.jspecify.annotations.NullMarked;
