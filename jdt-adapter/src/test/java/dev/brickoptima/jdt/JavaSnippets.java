package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;

import java.util.ArrayList;
import java.util.List;

/** Small Java sources through a real JDT view and the engine every host uses, described for exact comparisons. */
final class JavaSnippets {
    static final JavaSqlAnalyzer ANALYZER = JavaSqlAnalyzers.bounded(AnalyzerConfig.defaults(), true);
    private static final StandaloneJavaParser PARSER = new StandaloneJavaParser(List.of());

    private JavaSnippets() {
    }

    static JdtCodeView view(String source) {
        return new JdtCodeView(PARSER.parse("A.java", source), source);
    }

    static List<CodeFinding> analyze(String source) {
        return ANALYZER.analyze(view(source), () -> false);
    }

    /** {@code rule L:C-E 'text' message} for each finding, in the engine's order. */
    static List<String> describe(List<CodeFinding> findings, String source) {
        List<String> out = new ArrayList<>();
        for (CodeFinding f : findings) {
            out.add(f.ruleId() + " " + f.finding().location().line() + ":" + f.finding().location().column() + "-"
                + f.finding().location().endColumn() + " '" + source.substring(f.start(), f.end()) + "' " + f.finding().message());
        }
        return out;
    }

    /** The source text each finding of {@code ruleId} marks, in order. */
    static List<String> marked(List<CodeFinding> findings, String source, String ruleId) {
        List<String> out = new ArrayList<>();
        for (CodeFinding f : findings) if (f.ruleId().equals(ruleId)) out.add(source.substring(f.start(), f.end()));
        return out;
    }

    /** The only finding of {@code ruleId}. */
    static CodeFinding only(List<CodeFinding> findings, String ruleId) {
        CodeFinding found = null;
        for (CodeFinding f : findings) {
            if (!f.ruleId().equals(ruleId)) continue;
            if (found != null) throw new AssertionError("more than one " + ruleId + ": " + findings);
            found = f;
        }
        if (found == null) throw new AssertionError("no " + ruleId + " in " + findings);
        return found;
    }
}
