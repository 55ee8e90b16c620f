package dev.brickoptima.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickoptima.jvm.code.JavaCorpus;
import dev.brickoptima.jvm.code.JavaFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code brickoptima analyze <project>} on each project of the corpus (fixtures/java/corpus), as a user runs it in CI:
 * the project's brickoptima.yml found by the lookup (declared sinks, dialect), the database told by its build file's
 * JDBC driver, with and without the compiled APIs on {@code --classpath}.
 */
class JavaCorpusCliTest {
    @TempDir
    Path work;

    /** Source path under src/main/java -> "rule LINE:COL-END" of each finding in a JSON report, sorted. */
    private static Map<String, List<String>> findings(JavaCorpus.Project p, JsonNode report) {
        Map<String, List<String>> out = new TreeMap<>();
        for (JsonNode in : report.get("inputs")) {
            List<String> list = new ArrayList<>();
            for (JsonNode f : in.get("findings")) {
                list.add(f.get("ruleId").asText() + " " + f.at("/location/line").asInt() + ":" + f.at("/location/column").asInt()
                    + "-" + f.at("/location/endColumn").asInt());
            }
            Collections.sort(list);
            Path file = p.sourceRoot().toAbsolutePath().normalize().relativize(Path.of(in.get("path").asText()).toAbsolutePath().normalize());
            out.put(file.toString().replace('\\', '/'), list);
        }
        return out;
    }

    @Test
    void eachProjectGivesExactlyTheMarkedFindings() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (JavaCorpus.Project p : JavaCorpus.projects()) {
            Path classes = JavaFixtures.compiled(List.of(JavaFixtures.STUBS, p.sourceRoot()), work.resolve(p.name()));
            for (boolean classpath : new boolean[] {false, true}) {
                CliRunner r = classpath
                    ? CliRunner.run("analyze", "--format", "json", "--classpath", classes.toString(), p.dir().toString())
                    : CliRunner.run("analyze", "--format", "json", p.dir().toString());
                assertThat(r.err()).as(p.name()).isEmpty();
                Map<String, List<String>> actual = findings(p, new ObjectMapper().readTree(r.out()));
                assertThat(actual.keySet()).as(p.name() + ": every source analysed").containsAll(p.sources().keySet());
                for (String m : JavaCorpus.mismatches(p, actual)) mismatches.add(m + (classpath ? " (--classpath)" : ""));
                assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Without the project's JDBC driver telling the database, the default dialect (Spark) brings back Spark-only advice. */
    @Test
    void theBuildFilesDriverSilencesSparkAdviceAndDialectOverridesIt() throws Exception {
        JavaCorpus.Project shop = JavaCorpus.projects().stream().filter(p -> p.name().equals("shop-mysql")).findFirst().orElseThrow();
        Path dao = shop.sourceRoot().resolve("com/shop/orders/OrderDao.java");
        String asMySql = CliRunner.run("analyze", dao.toString()).out();
        assertThat(asMySql).doesNotContain("order-by-without-limit").doesNotContain("union-instead-of-union-all");
        String asSpark = CliRunner.run("analyze", "--dialect", "spark", dao.toString()).out();
        assertThat(asSpark).contains("order-by-without-limit").contains("union-instead-of-union-all");
    }
}
