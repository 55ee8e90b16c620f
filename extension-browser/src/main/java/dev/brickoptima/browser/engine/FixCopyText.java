package dev.brickoptima.browser.engine;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;

/**
 * What a user can paste from a fix: the replacement text of a fix with edits, or, for advice, the Spark settings
 * it names as {@code SET key=value;} lines and the optimizer hints it quotes ({@code /*+ BROADCAST(t) *}{@code /}).
 * Null when a fix has nothing to paste. Pure string scanning (TeaVM: no regular expressions needed).
 */
public final class FixCopyText {
    private FixCopyText() {
    }

    public static String of(Fix fix) {
        if (!fix.isHint()) {
            StringBuilder sb = new StringBuilder();
            for (TextEdit e : fix.edits()) {
                if (e.replacement().isEmpty()) continue;
                if (sb.length() > 0) sb.append('\n');
                sb.append(e.replacement());
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        String text = fix.description();
        StringBuilder out = new StringBuilder();
        settings(text, out);
        hints(text, out);
        return out.length() == 0 ? null : out.toString();
    }

    /** Every {@code spark.a.b=value} in the text, as {@code SET spark.a.b=value;}. */
    private static void settings(String text, StringBuilder out) {
        int from = 0;
        while (true) {
            int at = text.indexOf("spark.", from);
            if (at < 0) return;
            from = at + 6;
            if (at > 0 && isKeyChar(text.charAt(at - 1))) continue;
            int eq = at;
            while (eq < text.length() && isKeyChar(text.charAt(eq))) eq++;
            if (eq >= text.length() || text.charAt(eq) != '=' || text.charAt(eq - 1) == '.') continue;
            int end = eq + 1;
            while (end < text.length() && isValueChar(text.charAt(end))) end++;
            while (end > eq + 1 && text.charAt(end - 1) == '.') end--; // the sentence's full stop
            if (end == eq + 1) continue;
            line(out, "SET " + text.substring(at, end) + ";");
            from = end;
        }
    }

    /** Every optimizer hint comment {@code /*+ ... *}{@code /} in the text, as written. */
    private static void hints(String text, StringBuilder out) {
        int from = 0;
        while (true) {
            int at = text.indexOf("/*+", from);
            if (at < 0) return;
            int end = text.indexOf("*/", at + 3);
            if (end < 0) return;
            line(out, text.substring(at, end + 2));
            from = end + 2;
        }
    }

    private static void line(StringBuilder out, String line) {
        if (out.length() > 0) out.append('\n');
        out.append(line);
    }

    private static boolean isKeyChar(char c) {
        return c == '.' || c == '_' || c == '-' || Character.isLetterOrDigit(c);
    }

    private static boolean isValueChar(char c) {
        return c > ' ' && c != ',' && c != ';' && c != ')' && c != '(' && c != '"' && c != '\'';
    }
}
