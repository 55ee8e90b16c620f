package dev.brickoptima.core.plan;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large synthetic plans parse and analyse without stack overflow (no timing assertions; the benchmarks measure time).
 * {@link #wide(int, int)} and {@link #chain(int)} are public so the benchmark module can build the same inputs.
 */
public class PlanScaleTest {

    /** A formatted plan: a Union of {@code branches} branches, each a chain of {@code depth} operators over a scan. */
    public static String wide(int branches, int depth) {
        StringBuilder tree = new StringBuilder("== Physical Plan ==\n");
        StringBuilder details = new StringBuilder();
        int[] next = {1};
        int unionId = branches * (depth + 1) + 1;
        tree.append("Union (").append(unionId).append(")\n");
        for (int b = 0; b < branches; b++) {
            String marker = b == branches - 1 ? "+- " : ":- ";
            String cont = b == branches - 1 ? "   " : ":  ";
            int top = next[0] + depth;
            for (int d = 0; d <= depth; d++) {
                int id = top - d;
                String name = d == depth ? "Scan parquet spark_catalog.default.t" + b : (d % 2 == 0 ? "Filter" : "Project");
                String indent = d == 0 ? marker : cont + "   ".repeat(d - 1) + "+- ";
                tree.append(indent).append(d == depth ? "" : "* ").append(name).append(" (").append(id).append(")\n");
            }
            for (int id = next[0]; id <= top; id++) {
                int d = top - id;
                String name = d == depth ? "Scan parquet spark_catalog.default.t" + b : (d % 2 == 0 ? "Filter" : "Project");
                details.append('(').append(id).append(") ").append(name);
                if (d != depth) details.append(" [codegen id : ").append(b + 1).append(']');
                details.append('\n');
                if (d == depth) {
                    details.append("Output [2]: [a#").append(id).append(", b#").append(id).append("]\n")
                        .append("PushedFilters: [IsNotNull(a)]\nReadSchema: struct<a:int,b:int>\n");
                } else if (name.equals("Filter")) {
                    details.append("Input [2]: [a#1, b#2]\nCondition : (isnotnull(a#1) AND (a#1 > ").append(id).append("))\n");
                } else {
                    details.append("Output [2]: [a#1, b#2]\nInput [2]: [a#1, b#2]\n");
                }
                details.append('\n');
            }
            next[0] = top + 1;
        }
        details.append('(').append(unionId).append(") Union\n\n");
        return tree.append("\n\n").append(details).toString();
    }

    /** A classic plan: a chain of {@code n} operators (depth n). */
    public static String chain(int n) {
        StringBuilder sb = new StringBuilder("== Physical Plan ==\n");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append("   ".repeat(i - 1)).append("+- ");
            sb.append(i == n - 1 ? "Range (0, 10, step=1, splits=2)" : i % 2 == 0 ? "Filter (a#1 > " + i + ")" : "Project [a#1]").append('\n');
        }
        return sb.toString();
    }

    @Test
    void twentyThousandOperatorsParseAndAnalyse() {
        String text = wide(2000, 9);
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.operators()).hasSize(20_001);
        assertThat(plan.activeOperators()).hasSize(20_001);
        assertThat(plan.root().children()).hasSize(2000);
        PlanAnalysis result = new PlanAnalyzer(AnalyzerConfig.defaults()).analyzeText(text);
        assertThat(result.internalErrors()).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("parse-error"));
    }

    @Test
    void deepChainDoesNotOverflowTheStack() {
        String text = chain(2_000);
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.operators()).hasSize(2_000);
        assertThat(plan.activeOperators()).hasSize(2_000);
        List<Finding> findings = new PlanAnalyzer(AnalyzerConfig.defaults()).analyze(plan);
        assertThat(findings).noneMatch(f -> f.ruleId().equals("parse-error"));
    }
}
