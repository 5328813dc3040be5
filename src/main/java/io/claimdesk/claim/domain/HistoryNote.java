package io.claimdesk.claim.domain;

import io.claimdesk.core.i18n.Translations;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

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
    VERDICT_REUSED("claim.note.verdictReused");

    private final String key;

    HistoryNote(String key) {
        this.key = key;
    }

    /** The bundle key of the note's text. */
    public String key() {
        return key;
    }

    /** The English text stored in {@code claim_event.note}; numbers as plain digits (no grouping). */
    public String english(Object... arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number n) {
                plain[i] = n.toString();
            }
        }
        return Translations.text(key, Translations.ENGLISH, plain);
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
