package dev.brickoptima.cli;

import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleCatalogMarkdown;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesDocTest {
    @Test
    void docsRulesMdIsCurrent() throws Exception {
        Path doc = Path.of(System.getProperty("brickoptima.root", "..")).resolve("docs/rules.md");
        assertThat(doc).exists();
        assertThat(Files.readString(doc))
            .as("docs/rules.md is out of date: run ./brickoptima rules --format markdown --output docs/rules.md")
            .isEqualTo(RuleCatalogMarkdown.render());
    }

    @Test
    void rulesCommandListsEveryRule() {
        CliRunner r = CliRunner.run("rules");
        assertThat(r.code()).isZero();
        RuleRegistry.all().forEach(m -> assertThat(r.out()).contains(m.id()));
        assertThat(CliRunner.run("rules", "--format", "markdown").out()).isEqualTo(RuleCatalogMarkdown.render());
    }
}
