package dev.brickoptima.core.code;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.finding.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture mark format every host's conformance test reads, and the golden fix line it writes. */
class ExpectedFindingsTest {
    @Test
    void expectMarksOnTheirLineOrTheLineTheyName() {
        String src = "a(); // expect: select-star@8-9, sql-injection@20-24\n"
            + "b();\n"
            + "// expect@2: null-comparison@3-10\n"
            + "c(); // expected nothing: not a mark\n"
            + "d(); // expect: a-rule@10-12";
        assertThat(ExpectedFindings.of(src)).containsExactly(
            "a-rule 5:10-12", "null-comparison 2:3-10", "select-star 1:8-9", "sql-injection 1:20-24");
        assertThat(ExpectedFindings.of("x();\n")).isEmpty();
    }

    @Test
    void quietMarksWithTrailingComments() {
        String src = "x(); // quiet: sql-injection, select-star // the name is a constant\n"
            + "// quiet@1: b-rule\n"
            + "y(); // quiet: a-rule";
        assertThat(ExpectedFindings.quiet(src)).containsExactly("a-rule 3", "b-rule 1", "select-star 1", "sql-injection 1");
    }

    @Test
    void findingsAndFixLinesInTheSharedForm() {
        Location at = new Location(40, 44, 3, 12, 3, 16, null);
        assertThat(ExpectedFindings.describe("sql-injection", at)).isEqualTo("sql-injection 3:12-16");
        Fix fix = new Fix("Bind it", List.of(new TextEdit(50, 51, "b\\c"), new TextEdit(10, 12, "x\ny\r")));
        assertThat(ExpectedFindings.fixLine("A.java", "sql-injection", at, fix, false))
            .isEqualTo("A.java sql-injection 3:12-16 | Bind it | 10-12:x\\ny\\r | 50-51:b\\\\c");
        assertThat(ExpectedFindings.fixLine("A.java", "sql-injection", at, new Fix("Suppress", List.of()), true))
            .isEqualTo("A.java sql-injection 3:12-16 | suppression Suppress");

        Finding late = new Finding("b-rule", Severity.WARNING, "m", new Location(90, 91, 9, 1, 9, 2, null), List.of(), "");
        Finding early = new Finding("a-rule", Severity.WARNING, "m", at, List.of(), "");
        assertThat(ExpectedFindings.describe(List.of(new CodeFinding(late, null, List.of()), new CodeFinding(early, null, List.of()))))
            .containsExactly("a-rule 3:12-16", "b-rule 9:1-2");
    }
}
