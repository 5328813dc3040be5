package io.claimdesk.report.domain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/**
 * Contextual shaping of Arabic-script text into presentation forms, for the PDF renderer (openhtmltopdf draws
 * characters, not OpenType shaping, so a joined letter must be a presentation-form character the font has).
 *
 * <p>ICU's {@code ArabicShaping}, which openhtmltopdf's reorderer uses, knows only the Presentation Forms-B block
 * (U+FE70..U+FEFF): Persian, Urdu and Kurdish letters such as keheh {@code ک} (U+06A9), gaf {@code گ}, peh
 * {@code پ}, tcheh {@code چ}, Farsi yeh {@code ی}, heh doachashmee {@code ھ} stay in their isolated form and the
 * word {@code کرکوک} falls apart. This shaper takes every form from the Unicode Character Database instead: a
 * presentation form (U+FB50..U+FDFF, U+FE70..U+FEFF) whose compatibility decomposition is one letter tagged
 * {@code <isolated>}, {@code <final>}, {@code <initial>} or {@code <medial>} is that letter's form. The form of a
 * letter follows from the Joining_Type of its neighbours, transparent marks skipped (Unicode Standard, chapter 9.2,
 * "Arabic Cursive Joining"); lam followed by an alef makes the lam-alef ligature (U+FEF5..U+FEFC), as ICU does.
 * A letter without the form it needs keeps its base character. The result's NFKC normalisation equals the NFKC
 * normalisation of the input (text extracted from the PDF compares with the stored text after NFKC).
 */
public final class ArabicShaper {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    /** Base letter to its forms (isolated, final, initial, medial; 0 when Unicode has none). */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Alef (U+0622, U+0623, U+0625, U+0627) to the lam-alef ligature (isolated, final). */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();
    private static final int LAM = 0x0644;

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
            int slot = slot(UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE));
            String base = slot < 0 ? null : nfkd.getRawDecomposition(cp);
            if (base == null) {
                continue;
            }
            if (base.codePointCount(0, base.length()) == 1) {
                int letter = base.codePointAt(0);
                if (letter >= 0x0600 && letter <= 0x06FF) {
                    int[] forms = FORMS.computeIfAbsent(letter, k -> new int[4]);
                    if (forms[slot] == 0) {
                        forms[slot] = cp;
                    }
                }
            } else if (base.length() == 2 && base.charAt(0) == LAM && "\u0622\u0623\u0625\u0627".indexOf(base.charAt(1)) >= 0
                    && (slot == ISOLATED || slot == FINAL)) {
                LAM_ALEF.computeIfAbsent((int) base.charAt(1), k -> new int[2])[slot] = cp;
            }
        }
    }

    private ArabicShaper() {
    }

    private static int slot(int decompositionType) {
        return switch (decompositionType) {
            case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
            case UCharacter.DecompositionType.FINAL -> FINAL;
            case UCharacter.DecompositionType.INITIAL -> INITIAL;
            case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
            default -> -1;
        };
    }

    /**
     * @param text text in logical order (a run of one direction, or any text: characters of other scripts pass
     *             through)
     * @return the text with each Arabic-script letter replaced by its contextual presentation form
     */
    public static String shape(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean joinsBefore = joinsBefore(cps, i);
            if (cp == LAM) {
                int next = i + 1 < cps.length ? cps[i + 1] : -1;
                int[] ligature = LAM_ALEF.get(next);
                if (ligature != null) {
                    int form = ligature[joinsBefore ? FINAL : ISOLATED];
                    if (form != 0) {
                        out.appendCodePoint(form);
                        i++;
                        continue;
                    }
                }
            }
            int[] forms = FORMS.get(cp);
            if (forms == null || joiningType(cp) == UCharacter.JoiningType.NON_JOINING) {
                out.appendCodePoint(cp); // hamza and other letters that never join stay as they are
                continue;
            }
            boolean joinsAfter = joinsAfter(cps, i);
            int form = joinsBefore && joinsAfter ? forms[MEDIAL]
                    : joinsBefore ? forms[FINAL]
                    : joinsAfter ? forms[INITIAL]
                    : forms[ISOLATED];
            out.appendCodePoint(form != 0 ? form : cp);
        }
        return out.toString();
    }

    /**
     * Presentation forms back to their letters (the lam-alef ligature to lam and alef); other characters pass.
     */
    public static String deshape(String text) {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean form = cp >= 0xFB50 && cp <= 0xFEFC
                    && slot(UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) >= 0;
            String base = form ? nfkd.getRawDecomposition(cp) : null;
            if (base != null) {
                out.append(base);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Whether the letter at {@code i} joins the letter before it (transparent marks skipped): both can join on
     * that side and both have the joined forms needed (a letter Unicode gives no final form, such as the Kurdish
     * ae U+06D5, is drawn unjoined, and its neighbour then takes the unjoined form too, so no stroke dangles).
     */
    private static boolean joinsBefore(int[] cps, int i) {
        if (!joinsOn(cps[i], false) || !hasJoinedForm(cps[i], false)) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (joiningType(cps[j]) != UCharacter.JoiningType.TRANSPARENT) {
                return joinsOn(cps[j], true) && hasJoinedForm(cps[j], true);
            }
        }
        return false;
    }

    /** Whether the letter at {@code i} joins the letter after it (see {@link #joinsBefore}). */
    private static boolean joinsAfter(int[] cps, int i) {
        if (!joinsOn(cps[i], true) || !hasJoinedForm(cps[i], true)) {
            return false;
        }
        for (int k = i + 1; k < cps.length; k++) {
            if (joiningType(cps[k]) != UCharacter.JoiningType.TRANSPARENT) {
                return joinsOn(cps[k], false) && hasJoinedForm(cps[k], false);
            }
        }
        return false;
    }

    /**
     * Whether a letter has a form joined on its following side (initial or medial) or its preceding side (final or
     * medial); of the characters without presentation forms only the join-causing ones (tatweel, zero width
     * joiner) join.
     */
    private static boolean hasJoinedForm(int cp, boolean forward) {
        int[] forms = FORMS.get(cp);
        if (forms == null) {
            return joiningType(cp) == UCharacter.JoiningType.JOIN_CAUSING;
        }
        return (forward ? forms[INITIAL] != 0 : forms[FINAL] != 0) || forms[MEDIAL] != 0;
    }

    /**
     * Whether a character can join on its following side ({@code forward}: dual, left joining, join causing) or on
     * its preceding side (dual, right joining, join causing).
     */
    private static boolean joinsOn(int cp, boolean forward) {
        int type = joiningType(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING
                || type == (forward ? UCharacter.JoiningType.LEFT_JOINING : UCharacter.JoiningType.RIGHT_JOINING);
    }

    private static int joiningType(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }
}
