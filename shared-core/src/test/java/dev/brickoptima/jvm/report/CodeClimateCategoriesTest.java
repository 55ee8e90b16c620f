package dev.brickoptima.jvm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;

/** Code Climate's category of a finding follows its rule's category; rules outside the registry are bug risks. */
class CodeClimateCategoriesTest {
    private static final Path BASE = Path.of("/ws/project").toAbsolutePath();

    private static String categoryOf(String ruleId) throws Exception {
        Finding f = new Finding(ruleId, Severity.WARNING, "m", new Location(0, 1, 1, 1, 1, 2, null), List.of(), null);
        String json = CodeClimateReportWriter.write(List.of(new AnalyzedInput(new InputReport("q.sql", "sql", 1, List.of(f),
            List.of()), "SELECT 1", BASE.resolve("q.sql"))), new ReportContext("1", BASE));
        JsonNode categories = new ObjectMapper().readTree(json).get(0).path("categories");
        assertThat(categories).hasSize(1);
        return categories.get(0).asText();
    }

    private static String firstRuleOf(Category c) {
        return RuleRegistry.all().stream().filter(m -> m.category() == c).map(RuleMetadata::id).findFirst().orElseThrow();
    }

    @Test
    void eachRuleCategoryMapsOntoCodeClimates() throws Exception {
        assertThat(categoryOf(firstRuleOf(Category.PERFORMANCE))).isEqualTo("Performance");
        assertThat(categoryOf(firstRuleOf(Category.SECURITY))).isEqualTo("Security");
        assertThat(categoryOf("team-custom-rule")).isEqualTo("Bug Risk");
        assertThat(categoryOf(firstRuleOf(Category.CORRECTNESS))).isEqualTo("Bug Risk");
    }
}
