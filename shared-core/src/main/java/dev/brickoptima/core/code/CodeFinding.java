package dev.brickoptima.core.code;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding in a Java file: the core {@link Finding} with its location in file offsets (line and column of the file)
 * and its fixes as edits of the file, plus what only code has.
 *
 * @param suppression the edit that writes {@code // brickoptima:ignore rule-id} for this finding's statement
 * @param related     other places the finding concerns: where SQL read from a constant or variable is used
 */
public record CodeFinding(Finding finding, Fix suppression, List<Location> related) {
    public CodeFinding {
        related = List.copyOf(related);
    }

    public String ruleId() {
        return finding.ruleId();
    }

    public int start() {
        return finding.location().start();
    }

    public int end() {
        return finding.location().end();
    }

    /** The fixes that edit the file (hints, which need a human, left out). */
    public List<Fix> edits() {
        List<Fix> out = new ArrayList<>();
        for (Fix f : finding.fixes()) if (!f.isHint()) out.add(f);
        return out;
    }
}
