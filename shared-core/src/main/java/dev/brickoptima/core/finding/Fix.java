package dev.brickoptima.core.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A fix a host can apply as is: a description and non-overlapping text edits.
 * A fix with no edits is a hint (advice that needs a human).
 */
public record Fix(String description, List<TextEdit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix hint(String description) {
        return new Fix(description, List.of());
    }

    public static Fix replace(String description, int start, int end, String replacement) {
        return new Fix(description, List.of(new TextEdit(start, end, replacement)));
    }

    public boolean isHint() {
        return edits.isEmpty();
    }

    /** Applies the edits to {@code text}; edits are applied back to front so offsets stay valid. */
    public String applyTo(String text) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start));
        Collections.reverse(sorted);
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) sb.replace(e.start(), e.end(), e.replacement());
        return sb.toString();
    }
}
