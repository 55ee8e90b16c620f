package dev.brickoptima.core.plan;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.input.InputKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Plan text that may hold several plans (see {@link PlanTextSplitter}): each plan is analysed on its own, and its
 * findings point into the whole text. With several plans, a piece that is no plan at all (a caption such as
 * "Query 5:") is skipped; a piece that looks like a plan but does not parse gets its own parse-error finding, and the
 * other plans are still analysed.
 */
public final class PlanTextDocument {
    /** One plan of the document: its 1-based position, first line, and its analysis in document coordinates. */
    public record Part(int index, int firstLine, PlanAnalysis analysis) {
    }

    private PlanTextDocument() {
    }

    public static List<Part> analyze(PlanAnalyzer analyzer, String text) {
        List<PlanTextSplitter.Piece> pieces = PlanTextSplitter.split(text);
        if (pieces.size() > 1) {
            List<PlanTextSplitter.Piece> plans = new ArrayList<>();
            for (PlanTextSplitter.Piece p : pieces) if (InputKind.detect(p.text()) == InputKind.PLAN_TEXT) plans.add(p);
            if (!plans.isEmpty()) pieces = plans;
        }
        List<Part> out = new ArrayList<>();
        if (pieces.size() <= 1) {
            out.add(new Part(1, 1, analyzer.analyzeText(text)));
            return out;
        }
        int index = 0;
        for (PlanTextSplitter.Piece p : pieces) {
            PlanAnalysis a = analyzer.analyzeText(p.text());
            List<Finding> shifted = new ArrayList<>();
            for (Finding f : a.findings()) shifted.add(f.withLocation(shift(f.location(), p)));
            out.add(new Part(++index, p.firstLine(), new PlanAnalysis(shifted, a.plan(), a.internalErrors())));
        }
        return out;
    }

    private static Location shift(Location l, PlanTextSplitter.Piece p) {
        int lines = p.firstLine() - 1;
        return new Location(l.start() + p.start(), l.end() + p.start(), l.line() + lines, l.column(),
            l.endLine() + lines, l.endColumn(), l.operatorId());
    }
}
