package dev.brickoptima.core.rule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule's documentation link (SARIF helpUri, IDE links) points at its heading in the generated catalog. */
class RuleDocsTest {

    @Test
    void aRuleLinksToItsHeadingInTheCatalog() {
        assertThat(RuleDocs.url("select-star")).isEqualTo("https://github.com/brickoptima/brickoptima/blob/main/docs/rules.md#select-star");
        assertThat(RuleDocs.anchor("Plan-Skew")).isEqualTo("plan-skew");
        // the heading RuleCatalogMarkdown writes for every rule has exactly this anchor
        String catalog = RuleCatalogMarkdown.render();
        for (RuleMetadata m : RuleRegistry.all()) {
            assertThat(catalog).contains("### " + RuleDocs.anchor(m.id()) + "\n");
        }
    }
}
