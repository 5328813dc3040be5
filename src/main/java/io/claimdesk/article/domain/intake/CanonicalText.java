package io.claimdesk.article.domain.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Result of {@link TextCanonicalizer#canonicalize(String)}: the canonical text and how many things were changed.
 * All counts are occurrences (not code points) unless named otherwise.
 *
 * @param text                  canonical text (NFC, {@code \n} line ends, no BOM, no controls but tab/LF, trimmed)
 * @param bomsRemoved           U+FEFF characters removed
 * @param lineBreaksNormalized  CR LF, CR, NEL, VT, FF, U+2028, U+2029 turned into {@code \n}
 * @param nfcSegmentsChanged    normalisation segments (a starter and its combining marks) changed by NFC
 * @param controlsRemoved       C0/C1 controls removed (tab and LF are kept)
 * @param linesTrimmed          lines that lost trailing white space
 * @param blankRunsCollapsed    runs of two or more blank lines collapsed into one blank line
 */
public record CanonicalText(String text, int bomsRemoved, int lineBreaksNormalized, int nfcSegmentsChanged,
        int controlsRemoved, int linesTrimmed, int blankRunsCollapsed) {

    public CanonicalText {
        Objects.requireNonNull(text, "text");
    }

    /** @return one warning per kind of change that happened (none when the input was already canonical) */
    public List<IntakeWarning> warnings() {
        List<IntakeWarning> out = new ArrayList<>();
        add(out, IntakeWarning.Code.BOM_REMOVED, bomsRemoved, "byte order mark", "byte order marks", "removed");
        add(out, IntakeWarning.Code.LINE_BREAKS_NORMALIZED, lineBreaksNormalized, "line break", "line breaks",
                "converted to \\n");
        add(out, IntakeWarning.Code.UNICODE_NORMALIZED, nfcSegmentsChanged, "character sequence",
                "character sequences", "normalised to Unicode NFC");
        add(out, IntakeWarning.Code.CONTROL_CHARACTERS_REMOVED, controlsRemoved, "control character",
                "control characters", "removed");
        add(out, IntakeWarning.Code.TRAILING_WHITESPACE_TRIMMED, linesTrimmed, "line", "lines",
                "trimmed of trailing white space");
        add(out, IntakeWarning.Code.BLANK_LINES_COLLAPSED, blankRunsCollapsed, "run of blank lines",
                "runs of blank lines", "collapsed to one blank line");
        return out;
    }

    private static void add(List<IntakeWarning> out, IntakeWarning.Code code, int count, String one, String many,
            String verb) {
        if (count == 0) {
            return;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", count);
        String message = String.format(Locale.ENGLISH, "%,d %s %s.", count, count == 1 ? one : many,
                (count == 1 ? "was " : "were ") + verb);
        out.add(new IntakeWarning(code, message, args));
    }
}
