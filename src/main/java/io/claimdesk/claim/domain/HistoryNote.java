package io.claimdesk.claim.domain;

import io.claimdesk.core.i18n.Translations;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Notes the system writes itself into a history event ({@code claim_event.note}) with arguments (issue 13). The
 * note is stored as its English text, as history always was (exports, backups and the hash chain keep it as is);
 * the UI reads it back into its key and arguments ({@link #read}) and shows it in the user's language. Texts:
 * {@code claim.note.*} of {@code i18n/claim*.properties}.
 */
public enum HistoryNote {
    /** Bulk tagging added tags: {0} = the tags, comma-separated. */
    TAGS_ADDED("claim.note.tagsAdded"),
    /** Bulk tagging removed tags: {0} = the tags, comma-separated. */
    TAGS_REMOVED("claim.note.tagsRemoved"),
    /** An approved verdict of a claim of the same group was reused as a proposal: {0} = that claim's id. */
    VERDICT_REUSED("claim.note.verdictReused"),
    /**
     * A source merge moved this claim's link to the kept source: {0} = the merged source's URL, {1} its id, {2} =
     * the kept source's URL, {3} its id.
     */
    SOURCE_MERGED_MOVED("claim.note.sourceMerged.moved"),
    /**
     * A source merge joined this claim's two links into one: {0}-{3} as {@link #SOURCE_MERGED_MOVED}, {4} = the
     * kept link's id, {5} = the removed link's id, {6} = what the kept link took from the removed one ({@link
     * #TOOK_NOTHING}, {@link #TOOK_EXCERPT}, {@link #TOOK_NOTE}, {@link #TOOK_BOTH}).
     */
    SOURCE_MERGED_JOINED("claim.note.sourceMerged.joined"),
    /**
     * As {@link #SOURCE_MERGED_JOINED} where the two links had different stances: {7} = the removed link's stance,
     * {8} = the kept link's stance (names of {@code evidence.domain.Stance}, shown translated).
     */
    SOURCE_MERGED_JOINED_STANCES("claim.note.sourceMerged.joinedStances", 7, 8);

    /** Choice argument of the merge notes: the kept link's excerpt and note were the richer ones. */
    public static final int TOOK_NOTHING = 0;
    /** Choice argument of the merge notes: the kept link took the removed link's richer excerpt. */
    public static final int TOOK_EXCERPT = 1;
    /** Choice argument of the merge notes: the kept link took the removed link's richer note. */
    public static final int TOOK_NOTE = 2;
    /** Choice argument of the merge notes: the kept link took the removed link's richer excerpt and note. */
    public static final int TOOK_BOTH = 3;

    private final String key;
    /** Arguments that are stance names, shown through {@code evidence.stance.<NAME>}. */
    private final int[] stanceArguments;

    HistoryNote(String key, int... stanceArguments) {
        this.key = key;
        this.stanceArguments = stanceArguments;
    }

    /** The bundle key of the note's text. */
    public String key() {
        return key;
    }

    /**
     * The English text stored in {@code claim_event.note}; identifiers ({@code long}) as plain digits (no
     * grouping), choice arguments as {@code int}.
     */
    public String english(Object... arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Long n) {
                plain[i] = n.toString();
            }
        }
        return Translations.plain(key, Translations.ENGLISH, plain);
    }

    /**
     * The arguments of a note read back, ready to be shown: stance names become their text in the UI's language
     * ({@code translate} gives the text of a bundle key); the others stay as read.
     */
    public Object[] shownArguments(Object[] arguments, Function<String, String> translate) {
        Object[] shown = arguments.clone();
        for (int i : stanceArguments) {
            if (i < shown.length && shown[i] != null) {
                shown[i] = translate.apply("evidence.stance." + shown[i]);
            }
        }
        return shown;
    }

    /**
     * A note read back: which system note it is and its arguments (as text).
     *
     * @param note      the kind of note
     * @param arguments its arguments, in the order of the pattern
     */
    public record Read(HistoryNote note, Object[] arguments) {
    }

    /**
     * The system note whose English text {@code text} is, with its arguments; empty for a note a person wrote
     * (or one of an older wording).
     */
    public static Optional<Read> read(String text) {
        for (HistoryNote n : values()) {
            MessageFormat format = new MessageFormat(Translations.text(n.key, Translations.ENGLISH), Locale.ENGLISH);
            ParsePosition position = new ParsePosition(0);
            Object[] arguments = format.parse(text, position);
            if (arguments != null && position.getIndex() == text.length() && position.getErrorIndex() < 0) {
                return Optional.of(new Read(n, arguments));
            }
        }
        return Optional.empty();
    }
}
