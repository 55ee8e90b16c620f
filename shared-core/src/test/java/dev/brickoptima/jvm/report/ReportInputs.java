package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.report.InputReport;

import java.nio.file.Path;
import java.util.List;

/**
 * Hand-made inputs for the report writer tests, so a rule's wording elsewhere cannot change what they pin: a SQL file
 * with a fixable warning, an error on two lines and an info; a plan file with an operator finding; a live execution
 * (no file); a file that could not be read; a file outside the base directory.
 */
final class ReportInputs {
    static final String SQL = "SELECT * FROM t WHERE a = NULL;\nSELECT b\n  FROM u ORDER BY b;\n";
    static final String PLAN = "== Physical Plan ==\nCartesianProduct\n:- Scan a\n+- Scan b\n";

    static final Finding STAR = new Finding("select-star", Severity.WARNING, "SELECT * reads every column", new Location(7, 8, 1, 8, 1, 9, null),
        List.of(new Fix("Replace * with the columns used", List.of(new TextEdit(7, 8, "a, b"))), Fix.hint("List only the columns you need")),
        "Columnar formats read only the columns named.");
    static final Finding NULL_CMP = new Finding("null-comparison", Severity.ERROR, "a = NULL is never true: 100% of rows, a:b", new Location(22, 30, 1, 23, 1, 31, null),
        List.of(Fix.replace("Replace with 'a IS NULL'", 22, 30, "a IS NULL")), null);
    static final Finding ORDER = new Finding("order-by-without-limit", Severity.INFO, "ORDER BY without LIMIT\nsorts everything", new Location(32, 59, 2, 1, 3, 20, null),
        List.of(), null);
    static final Finding CARTESIAN = new Finding("plan-cartesian-product", Severity.ERROR, "Cartesian product of 2 inputs", new Location(20, 36, 2, 1, 2, 17, "3"),
        List.of(Fix.hint("Add a join condition")), null);
    static final Finding SKEW = new Finding("plan-skew", Severity.WARNING, "62x skew in stage 4", Location.ofOperator("12"), List.of(), "max 182,510 vs median 2,944");
    static final Finding OUTSIDE = new Finding("select-star", Severity.WARNING, "SELECT * reads every column", new Location(7, 8, 1, 8, 1, 9, null), List.of(), null);

    static List<AnalyzedInput> inputs(Path base) {
        return List.of(
            new AnalyzedInput(new InputReport("q/report.sql", "sql", 2, List.of(STAR, NULL_CMP, ORDER), List.of()), SQL, base.resolve("q/report.sql")),
            new AnalyzedInput(new InputReport("plans/slow plan.txt", "plan", 3, List.of(CARTESIAN), List.of()), PLAN, base.resolve("plans/slow plan.txt")),
            new AnalyzedInput(new InputReport("http://ui:4040 execution 3", "spark-execution", 9, List.of(SKEW), List.of()), null, null),
            new AnalyzedInput(new InputReport("bad.sql", "sql", 0, List.of(), List.of("cannot read: permission denied")), null, base.resolve("bad.sql")),
            new AnalyzedInput(new InputReport("/elsewhere/x.sql", "sql", 1, List.of(OUTSIDE), List.of()), "SELECT * FROM t", base.getParent().resolve("elsewhere/x.sql")));
    }

    static List<InputReport> reports(Path base) {
        return inputs(base).stream().map(AnalyzedInput::report).toList();
    }

    private ReportInputs() {
    }
}
