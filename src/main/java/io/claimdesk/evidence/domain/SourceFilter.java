package io.claimdesk.evidence.domain;

import org.jspecify.annotations.Nullable;

/**
 * Filter of the source registry.
 *
 * @param text        matched case-insensitively as a substring of title, publisher or canonical URL; a pasted
 *                    link also matches its canonical form exactly; blank means no text filter
 * @param type        only sources of this type, or null for all
 * @param reliability only sources with this rating, or null for all
 */
public record SourceFilter(String text, @Nullable SourceType type, @Nullable Reliability reliability) {

    /** No filter at all. */
    public static final SourceFilter ALL = new SourceFilter("", null, null);
}
