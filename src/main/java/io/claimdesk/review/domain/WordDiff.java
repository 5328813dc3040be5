package io.claimdesk.review.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (issue 16, the review view's "what changed"): the texts are cut into words and
 * the white space between them, compared with java-diff-utils (Myers), and returned as pieces in the order of the
 * new text, deleted words where they stood. Works on any script (Arabic, English, mixed): a word is a run of
 * non-space characters, so punctuation stays with its word.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

    private WordDiff() {
    }

    /** What a piece of the diff is. */
    public enum Op {
        /** In both texts. */
        SAME,
        /** Only in the old text. */
        DELETED,
        /** Only in the new text. */
        INSERTED
    }

    /** A run of text with its kind. */
    public record Piece(Op op, String text) {
    }

    /**
     * The pieces that turn {@code before} into {@code after}; {@code null} counts as empty. Adjacent pieces of the
     * same kind are joined. Equal texts give one {@link Op#SAME} piece (none for two empty texts).
     */
    public static List<Piece> of(@Nullable String before, @Nullable String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getSource().getPosition();
            for (int i = at; i < from; i++) {
                add(out, Op.SAME, a.get(i));
            }
            d.getSource().getLines().forEach(t -> add(out, Op.DELETED, t));
            d.getTarget().getLines().forEach(t -> add(out, Op.INSERTED, t));
            at = from + d.getSource().size();
        }
        for (int i = at; i < a.size(); i++) {
            add(out, Op.SAME, a.get(i));
        }
        return out;
    }

    /** Whether the diff changes anything. */
    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p.op() != Op.SAME);
    }

    private static List<String> tokens(@Nullable String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void add(List<Piece> out, Op op, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Piece last = out.remove(out.size() - 1);
            out.add(new Piece(op, last.text() + text));
        } else {
            out.add(new Piece(op, text));
        }
    }
}
