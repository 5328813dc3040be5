package io.claimdesk.notification.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @username} mentions in a comment. A mention is {@code @} not preceded by a letter, digit or one of
 * {@code _ . - @} (so e-mail addresses are no mentions), followed by a user name as accounts have them
 * ({@code [a-z0-9][a-z0-9._-]{1,62}}, migration V1), matched without regard to case; dots and hyphens at the end
 * belong to the sentence, not the name.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@-])@([A-Za-z0-9][A-Za-z0-9._-]{1,62})");

    private Mentions() {
    }

    /** The mentioned user names, lower-case, in order of first mention. */
    public static Set<String> usernames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            int end = name.length();
            while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == '-')) {
                end--;
            }
            if (end >= 2) {
                names.add(name.substring(0, end));
            }
        }
        return names;
    }
}
