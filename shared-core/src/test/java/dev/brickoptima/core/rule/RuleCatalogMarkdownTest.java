package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule catalog (docs/rules.md) and one rule's section (also SARIF's help text), as Markdown. */
class RuleCatalogMarkdownTest {

    @Test
    void aRuleSectionShowsEveryPartItHas() {
        RuleMetadata m = RuleMetadata.rule("wide-scan").title("Wide scan").category(Category.CORRECTNESS).severity(Severity.ERROR)
            .rationale("Reads every column.").bad("select * from t").good("select id from t")
            .exampleConfig("\nthresholds:\n  wide-scan.rows: 10\n").profile("strict")
            .thresholds(Threshold.count("rows", 2000, "Rows | columns above which it fires"), Threshold.millis("wait", 1500, "How long"))
            .dialects(Dialect.SPARK, Dialect.POSTGRES, Dialect.SQLSERVER).build();
        assertThat(RuleCatalogMarkdown.body(m)).isEqualTo("""
            **Wide scan** — Correctness, error, only with profile `strict`, only on Spark, PostgreSQL and SQL Server SQL

            Reads every column.

            | threshold | default | unit | meaning |
            |---|---|---|---|
            | `wide-scan.rows` | 2,000 | count | Rows \\| columns above which it fires |
            | `wide-scan.wait` | 1,500 ms | millis | How long |

            The examples assume this configuration:

            ```yaml
            thresholds:
              wide-scan.rows: 10
            ```

            Bad:

            ```
            select * from t
            ```

            Good:

            ```
            select id from t
            ```

            """);
    }

    @Test
    void aPlainRuleSectionHasOnlyItsTitleLineRationaleAndExamples() {
        RuleMetadata m = RuleMetadata.rule("r").title("T").rationale("Why.").bad("b").good("g").build();
        assertThat(RuleCatalogMarkdown.body(m)).isEqualTo("**T** — Performance, warning\n\nWhy.\n\nBad:\n\n```\nb\n```\n\nGood:\n\n```\ng\n```\n\n");
    }

    @Test
    void oneOrTwoDialectsAreNamedWithoutCommas() {
        assertThat(RuleCatalogMarkdown.body(RuleMetadata.rule("r").title("T").dialects(Dialect.MYSQL).build()))
            .startsWith("**T** — Performance, warning, only on MySQL SQL\n\n");
        assertThat(RuleCatalogMarkdown.body(RuleMetadata.rule("r").title("T").dialects(Dialect.HIVE, Dialect.SPARK).build()))
            .startsWith("**T** — Performance, warning, only on Hive and Spark SQL\n\n");
    }

    @Test
    void theCatalogHasOneSectionPerKindWithATableAndEachRulesText() {
        String md = RuleCatalogMarkdown.render();
        assertThat(md).startsWith("# BrickOptima rule catalog\n\n");
        List<String> sections = md.lines().filter(l -> l.startsWith("## ")).toList();
        assertThat(sections).containsExactly(
            "## SQL rules (" + RuleRegistry.sqlRules().size() + ")",
            "## SQL in Java code (1)",
            "## Spark plan rules (" + RuleRegistry.planRules().size() + ")",
            "## PostgreSQL rules (" + RuleRegistry.postgresRules().size() + ")",
            "## Engine findings (5)");
        List<RuleMetadata> all = new ArrayList<>(RuleRegistry.metadata(RuleRegistry.sqlRules()));
        all.addAll(RuleRegistry.codeRules());
        all.addAll(RuleRegistry.metadata(RuleRegistry.planRules()));
        all.addAll(RuleRegistry.postgresRules());
        all.addAll(RuleRegistry.engineRules());
        List<String> headings = md.lines().filter(l -> l.startsWith("### ")).toList();
        assertThat(headings).containsExactlyElementsOf(all.stream().map(m -> "### " + m.id()).toList());
        for (RuleMetadata m : all) {
            assertThat(md).contains("### " + m.id() + "\n\n" + RuleCatalogMarkdown.body(m));
            assertThat(md).contains("| [`" + m.id() + "`](#" + m.id() + ") | ");
        }
        RuleMetadata sqlInjection = RuleRegistry.byId("sql-injection");
        assertThat(md).contains("## SQL in Java code (1)\n\n| id | title | category | default severity | enabled |\n|---|---|---|---|---|\n"
            + "| [`sql-injection`](#sql-injection) | " + sqlInjection.title() + " | Security | " + sqlInjection.defaultSeverity().label()
            + " | always |\n\n### sql-injection\n\n");
        RuleMetadata profiled = all.stream().filter(m -> m.profile() != null).findFirst().orElseThrow();
        assertThat(md).contains("| [`" + profiled.id() + "`](#" + profiled.id() + ") | " + profiled.title().replace("|", "\\|") + " | "
            + profiled.category().label() + " | " + profiled.defaultSeverity().label() + " | profile `" + profiled.profile() + "` |\n");
    }
}
