package dev.brickoptima.intellij.build;

import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Threshold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step (exec-maven-plugin, process-classes): writes the inspection descriptions the IDE shows in
 * Settings | Editor | Inspections from the rules' own metadata, into {@code inspectionDescriptions/}.
 */
public final class DescriptionGenerator {
    private DescriptionGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("inspectionDescriptions");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("BrickOptimaSql.html"), sqlRules(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("BrickOptimaSqlInjection.html"), injection(), StandardCharsets.UTF_8);
    }

    public static List<RuleMetadata> rules() {
        List<RuleMetadata> out = new ArrayList<>(RuleRegistry.metadata(RuleRegistry.sqlRules()));
        out.addAll(RuleRegistry.engineRules());
        return out;
    }

    static String sqlRules() {
        StringBuilder sb = new StringBuilder("<html><body>\n");
        sb.append("<p>Reports performance and correctness problems in SQL written in Java string literals: arguments of JDBC, "
            + "Spark, Spring JDBC, JPA native query, jOOQ and MyBatis methods and annotations, and literals that clearly are SQL. "
            + "Concatenations are analysed as templates and <code>static final</code> constants are resolved.</p>\n");
        sb.append("<p>Switch single rules off with the <b>Disable rule</b> quick fix or in Settings | Tools | BrickOptima; "
            + "silence one statement with <code>/* brickoptima:ignore rule-id */</code> in the SQL.</p>\n");
        for (RuleMetadata m : rules()) rule(sb, m);
        return sb.append("</body></html>\n").toString();
    }

    static String injection() {
        StringBuilder sb = new StringBuilder("<html><body>\n");
        for (RuleMetadata m : RuleRegistry.codeRules()) rule(sb, m);
        sb.append("<p>The quick fix moves the value into a bind parameter where the shape allows: a <code>PreparedStatement</code> "
            + "for <code>Statement.execute*</code>, trailing arguments for <code>JdbcTemplate</code> and jOOQ, "
            + "<code>new Object[]</code> for <code>SparkSession.sql</code>, <code>setParameter</code> for JPA native queries.</p>\n");
        return sb.append("</body></html>\n").toString();
    }

    private static void rule(StringBuilder sb, RuleMetadata m) {
        sb.append("<h3>").append(esc(m.title())).append(" <small>(<code>").append(esc(m.id())).append("</code>, ")
            .append(m.category().label()).append(", ").append(m.defaultSeverity().label());
        if (m.profile() != null) sb.append(", profile ").append(esc(m.profile()));
        sb.append(")</small></h3>\n<p>").append(esc(m.rationale())).append("</p>\n");
        if (!m.thresholds().isEmpty()) {
            sb.append("<p>Thresholds (Settings | Tools | BrickOptima, or <code>thresholds:</code> in brickoptima.yml):</p><ul>\n");
            for (Threshold t : m.thresholds()) {
                sb.append("<li><code>").append(esc(m.id())).append('.').append(esc(t.name())).append("</code> = ")
                    .append(esc(t.defaultForPeople())).append(": ").append(esc(t.description())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        if (!m.exampleConfig().isEmpty()) sb.append("<p>The examples assume this brickoptima.yml:</p><pre><code>")
            .append(esc(m.exampleConfig().strip())).append("</code></pre>\n");
        if (!m.badExample().isEmpty()) sb.append("<p>Instead of:</p><pre><code>").append(esc(m.badExample())).append("</code></pre>\n");
        if (!m.goodExample().isEmpty()) sb.append("<p>Write:</p><pre><code>").append(esc(m.goodExample())).append("</code></pre>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
