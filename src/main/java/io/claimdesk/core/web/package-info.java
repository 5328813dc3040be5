/** Web addresses: canonical URLs for sources and articles (shared by the article and evidence features). */
@NullMarked
package io.claimdesk.core.web;

import org.jspecify.annotations.NullMarked;
