package dev.brickoptima.jvm.code;

import dev.brickoptima.core.code.SinkCatalogMarkdown;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE guides list the sinks the engine knows, generated from the catalog: the block between the markers in
 * docs/intellij.md and docs/eclipse.md must be {@link SinkCatalogMarkdown#render()}. After a change to the catalog,
 * rewrite them with {@code -Dbrickoptima.writeDocs=true}.
 */
class SinkCatalogDocTest {
    static final String BEGIN = "<!-- sinks: generated from the sink catalog (SinkCatalogDocTest); do not edit -->\n";
    static final String END = "<!-- sinks: end -->\n";

    @Test
    void theIdeGuidesListTheCatalogsSinks() throws Exception {
        Path docs = JavaFixtures.ROOT.getParent().getParent().resolve("docs");
        String table = SinkCatalogMarkdown.render();
        assertThat(table).contains("`org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations`", "`createSQLQuery`",
            "`org.apache.ibatis.annotations.Delete`", "`org.jooq.impl.DSL`", "`org.springframework.jdbc.core.simple.JdbcClient`");
        for (String guide : new String[] {"intellij.md", "eclipse.md"}) {
            Path file = docs.resolve(guide);
            String text = Files.readString(file);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            assertThat(begin).as(guide + " has the sink table markers").isNotNegative();
            assertThat(end).isGreaterThan(begin);
            String updated = text.substring(0, begin + BEGIN.length()) + table + text.substring(end);
            if (Boolean.getBoolean("brickoptima.writeDocs")) {
                Files.writeString(file, updated);
                continue;
            }
            assertThat(text).as(guide + " lists the sinks of the catalog: rerun with -Dbrickoptima.writeDocs=true").isEqualTo(updated);
        }
    }
}
