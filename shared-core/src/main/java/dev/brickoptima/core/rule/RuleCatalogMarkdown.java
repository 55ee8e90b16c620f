package dev.brickoptima.core.rule;

import java.util.List;

/** Renders the rule catalog as Markdown (docs/rules.md). Generated, never edited by hand. */
public final class RuleCatalogMarkdown {
    private RuleCatalogMarkdown() {
    }

    public static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# BrickOptima rule catalog\n\n");
        sb.append("<!-- Generated from rule metadata by `brickoptima rules --format markdown --output docs/rules.md`. Do not edit. -->\n\n");
        sb.append("Each rule has a stable id used in output, configuration (`rules.disable`, `rules.severity`, ")
            .append("`thresholds.<id>.<name>`) and suppression comments (`-- brickoptima:ignore <id>`). ")
            .append("See [configuration.md](configuration.md).\n\n")
            .append("Default severities follow one policy: **error** when the engine rejects the statement, it destroys ")
            .append("data or it opens a security hole; **warning** when it runs but probably does not do what was meant ")
            .append("(a condition that never holds) or is likely slow; **info** for what is worth knowing and often ")
            .append("intended. A plan rule with an error threshold is an error beyond it (a join evaluating billions of pairs). `rules.severity` changes a rule's severity, e.g. to fail the CI gate on `null-comparison`.\n\n");
        section(sb, "SQL rules", RuleRegistry.metadata(RuleRegistry.sqlRules()));
        section(sb, "SQL in Java code", RuleRegistry.codeRules());
        section(sb, "Spark plan rules", RuleRegistry.metadata(RuleRegistry.planRules()));
        section(sb, "PostgreSQL rules", RuleRegistry.postgresRules());
        section(sb, "Engine findings", RuleRegistry.engineRules());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<RuleMetadata> rules) {
        if (rules.isEmpty()) return;
        sb.append("## ").append(title).append(" (").append(rules.size()).append(")\n\n");
        sb.append("| id | title | category | default severity | enabled |\n|---|---|---|---|---|\n");
        for (RuleMetadata m : rules) {
            sb.append("| [`").append(m.id()).append("`](#").append(m.id()).append(") | ").append(cell(m.title())).append(" | ")
                .append(m.category().label()).append(" | ").append(m.defaultSeverity().label()).append(" | ")
                .append(m.profile() == null ? "always" : "profile `" + m.profile() + "`").append(" |\n");
        }
        sb.append('\n');
        for (RuleMetadata m : rules) {
            sb.append("### ").append(m.id()).append("\n\n").append(body(m));
        }
    }

    /** One rule's section without its heading (also the SARIF {@code help.markdown}). */
    public static String body(RuleMetadata m) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(m.title()).append("** — ").append(m.category().label()).append(", ")
            .append(m.defaultSeverity().label());
        if (m.profile() != null) sb.append(", only with profile `").append(m.profile()).append('`');
        if (!m.dialects().isEmpty()) {
            sb.append(", only on ");
            for (int i = 0; i < m.dialects().size(); i++) sb.append(i == 0 ? "" : i == m.dialects().size() - 1 ? " and " : ", ").append(m.dialects().get(i).title());
            sb.append(" SQL");
        }
        sb.append("\n\n").append(m.rationale()).append("\n\n");
        if (!m.thresholds().isEmpty()) {
            sb.append("| threshold | default | unit | meaning |\n|---|---|---|---|\n");
            for (Threshold t : m.thresholds()) {
                sb.append("| `").append(m.id()).append('.').append(t.name()).append("` | ").append(t.defaultForPeople())
                    .append(" | ").append(t.unit().label()).append(" | ").append(cell(t.description())).append(" |\n");
            }
            sb.append('\n');
        }
        if (!m.exampleConfig().isEmpty()) {
            sb.append("The examples assume this configuration:\n\n```yaml\n").append(m.exampleConfig().strip()).append("\n```\n\n");
        }
        sb.append("Bad:\n\n```\n").append(m.badExample()).append("\n```\n\n");
        sb.append("Good:\n\n```\n").append(m.goodExample()).append("\n```\n\n");
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
