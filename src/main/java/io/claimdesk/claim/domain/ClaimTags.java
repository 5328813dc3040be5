package io.claimdesk.claim.domain;

import io.claimdesk.core.domain.ValidationException;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one rule for topic tags, used by the claim form, {@code PATCH /claims/{id}} and the bulk tag actions alike
 * (issue 13): a tag is stripped of surrounding white space, blank tags are ignored, duplicates are kept once in
 * the order given, and a tag has at most {@link #MAX_LENGTH} code points.
 */
public final class ClaimTags {

    /** Longest tag, in Unicode code points. */
    public static final int MAX_LENGTH = 40;

    private ClaimTags() {
    }

    /**
     * Cleans a list of tags.
     *
     * @param tags tags as entered; null means none
     * @return the clean tags, in the order given, without blanks or duplicates (possibly empty)
     * @throws ValidationException when a tag is longer than {@link #MAX_LENGTH} code points
     */
    public static List<String> clean(@Nullable Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String tag = t == null ? "" : t.strip();
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.codePointCount(0, tag.length()) > MAX_LENGTH) {
                throw ValidationException.of("claim.tag.tooLong", MAX_LENGTH, tag);
            }
            out.add(tag);
        }
        return List.copyOf(out);
    }

    /**
     * Cleans tags for an action that needs at least one (the bulk add and remove actions).
     *
     * @throws ValidationException when no tag is left after cleaning, or a tag is too long
     */
    public static List<String> cleanNonEmpty(@Nullable Collection<String> tags) {
        List<String> clean = clean(tags);
        if (clean.isEmpty()) {
            throw ValidationException.of("claim.tag.none");
        }
        return clean;
    }
}
