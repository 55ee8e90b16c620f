package dev.brickoptima.eclipse.markers;

import dev.brickoptima.core.finding.Fix;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * What a quick fix needs, carried in a problem's arguments: JDT hands the arguments to the Java editor's quick fix
 * processors both for a problem found while typing and for the marker a build made of it (where it stores them in the
 * marker). Free text is Base64 so JDT's argument encoding in markers ('#' separators) cannot alter it.
 *
 * @param analysedStart source offset of the problem when analysed: the fixes' offsets are relative to that text
 * @param analysedText  the problem's source text when analysed, to detect a file that changed since
 */
public record QuickFixArguments(String ruleId, List<Fix> fixes, Fix suppression, int analysedStart, String analysedText) {
    /** JDT stores the arguments in one marker string, limited to 64 KB of UTF-8: fixes beyond this are left out. */
    static final int MAX_CHARS = 40_000;
    private static final int COUNT = 5;

    public String[] encode() {
        String text = base64(analysedText);
        String fixText = base64(FixCodec.encode(fixes));
        String suppressionText = base64(FixCodec.encode(suppression == null ? List.of() : List.of(suppression)));
        if (text.length() + fixText.length() + suppressionText.length() > MAX_CHARS) fixText = "";
        return new String[] {ruleId, fixText, suppressionText, Integer.toString(analysedStart), text};
    }

    /** The arguments of a BrickOptima problem; null for anything else (other problems, or arguments cut short). */
    public static QuickFixArguments decode(String[] args) {
        if (args == null || args.length != COUNT || args[0].isEmpty()) return null;
        try {
            List<Fix> suppression = FixCodec.decode(text(args[2]));
            return new QuickFixArguments(args[0], FixCodec.decode(text(args[1])), suppression.isEmpty() ? null : suppression.get(0),
                Integer.parseInt(args[3]), text(args[4]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }
}
