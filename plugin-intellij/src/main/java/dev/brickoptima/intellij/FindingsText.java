package dev.brickoptima.intellij;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;

import java.util.List;

/** Plain-text rendering of findings for the BrickOptima tool window. */
final class FindingsText {
    private FindingsText() {
    }

    static String render(String title, String input, List<Finding> findings) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        sb.append(findings.isEmpty() ? "No problems found." : findings.size() + (findings.size() == 1 ? " finding" : " findings")).append("\n\n");
        for (Finding f : findings) {
            sb.append(f.severity().label().toUpperCase()).append("  ").append(f.ruleId());
            if (f.location().operatorId() != null) sb.append("  (operator ").append(f.location().operatorId()).append(')');
            else if (input != null) sb.append("  line ").append(f.location().line()).append(", column ").append(f.location().column());
            sb.append('\n').append("  ").append(f.message()).append('\n');
            if (input != null && f.location().operatorId() == null && f.location().end() > f.location().start()
                && f.location().end() <= input.length()) {
                sb.append("  at: ").append(oneLine(input.substring(f.location().start(), f.location().end()))).append('\n');
            }
            if (f.detail() != null && !f.detail().isEmpty()) sb.append("  why: ").append(f.detail()).append('\n');
            for (Fix fix : f.fixes()) {
                sb.append("  fix: ").append(fix.description());
                if (!fix.isHint() && input != null) sb.append("\n       -> ").append(oneLine(fix.applyTo(input)));
                sb.append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ').replace('\r', ' ');
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }
}
