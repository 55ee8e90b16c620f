package dev.brickoptima.jvm.config;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** brickoptima.yml files found from the analysed file upwards, nearer files winning (as .editorconfig and SQLFluff). */
class ConfigLookupTest {
    @TempDir
    Path tmp;

    private final ConfigLookup lookup = new ConfigLookup();

    private Path write(String path, String content) throws Exception {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void nearerFilesOverrideFartherOnesKeyByKey() throws Exception {
        Files.createDirectories(tmp.resolve("repo/.git"));
        write("repo/brickoptima.yml", String.join("\n",
            "dialect: postgres",
            "profiles: [read-only]",
            "rules:",
            "  disable: [select-star, null-comparison]",
            "  severity: {not-in-subquery: error, limit-without-order-by: info}",
            "thresholds: {large-in-list.max: 100, plan-skew.factor: 3}",
            "tables: {sales: {partitionColumns: [dt]}}",
            "limits: {maxNestingDepth: 50, statementBudgetMillis: 800}",
            ""));
        write("repo/etl/brickoptima.yml", String.join("\n",
            "dialect: spark",
            "profiles: [strict]",
            "rules:",
            "  enable: [select-star]",
            "  severity: {not-in-subquery: warning}",
            "thresholds: {large-in-list.max: 5}",
            "tables: {events: {partitionColumns: [day]}}",
            "limits: {maxNestingDepth: 30}",
            ""));
        Path sql = write("repo/etl/daily/load.sql", "SELECT 1");

        ProjectConfig found = lookup.forFile(sql);
        assertThat(found.sources()).containsExactly(tmp.resolve("repo/brickoptima.yml").toString(), tmp.resolve("repo/etl/brickoptima.yml").toString());
        AnalyzerConfig c = found.config();
        assertThat(c.dialect()).isEqualTo(Dialect.SPARK);                                       // scalar: nearest wins
        assertThat(c.profiles()).containsExactly("strict");                                     // list: replaced
        assertThat(c.disabledRules()).containsExactly("null-comparison");                       // select-star re-enabled nearer
        assertThat(c.severities()).containsEntry("not-in-subquery", Severity.WARNING)           // map: merged by entry
            .containsEntry("limit-without-order-by", Severity.INFO);
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(5.0);
        assertThat(c.threshold("plan-skew", "factor", 0)).isEqualTo(3.0);
        assertThat(c.partitionColumnsOf("sales")).containsExactly("dt");
        assertThat(c.partitionColumnsOf("events")).containsExactly("day");
        assertThat(c.limits().maxNestingDepth()).isEqualTo(30);                                 // limits: merged by key
        assertThat(c.limits().statementBudgetMillis()).isEqualTo(800);

        AnalyzerConfig top = lookup.forFile(write("repo/q.sql", "SELECT 1")).config();
        assertThat(top.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(top.profiles()).containsExactly("read-only");
    }

    @Test
    void theWalkStopsAtTheRepositoryRootARootFileOrTheProjectRoot() throws Exception {
        write("outer/brickoptima.yml", "dialect: postgres\n");
        Files.createDirectories(tmp.resolve("outer/repo/.git"));
        Path inRepo = write("outer/repo/src/q.sql", "SELECT 1");
        assertThat(lookup.forFile(inRepo).sources()).isEmpty();                                  // .git stops the walk
        assertThat(lookup.forFile(inRepo).config().dialect()).isEqualTo(Dialect.SPARK);

        write("outer/a/brickoptima.yml", "root: true\nprofiles: [strict]\n");
        write("outer/a/b/brickoptima.yml", "dialect: ansi\n");
        AnalyzerConfig rooted = lookup.forFile(write("outer/a/b/q.sql", "SELECT 1")).config();
        assertThat(rooted.dialect()).isEqualTo(Dialect.ANSI);
        assertThat(rooted.profiles()).containsExactly("strict");
        assertThat(lookup.forFile(write("outer/a/b/q.sql", "SELECT 1")).sources()).hasSize(2);  // not outer/brickoptima.yml

        Path project = tmp.resolve("outer/c");
        Path inProject = write("outer/c/d/q.sql", "SELECT 1");
        assertThat(lookup.forFile(inProject, project).sources()).isEmpty();                     // IDE project root
        assertThat(lookup.forFile(inProject).sources()).containsExactly(tmp.resolve("outer/brickoptima.yml").toString());
        assertThat(lookup.forFile(tmp.resolve("outer/c/d")).sources()).hasSize(1);              // a directory works too
    }

    @Test
    void aChangedFileIsReadAgainAndABadOneIsAnErrorNamingFileAndKey() throws Exception {
        Path cfg = write("p/brickoptima.yml", "dialect: postgres\n");
        Path sql = write("p/q.sql", "SELECT 1");
        assertThat(lookup.forFile(sql).config().dialect()).isEqualTo(Dialect.POSTGRES);
        ProjectConfig first = lookup.forFile(sql);
        assertThat(lookup.forFile(sql)).isEqualTo(first);                                      // unchanged: same layers

        Files.writeString(cfg, "dialect: ansi\nprofiles: [read-onyl]\n");
        Files.setLastModifiedTime(cfg, FileTime.fromMillis(Files.getLastModifiedTime(cfg).toMillis() + 2_000));
        assertThatThrownBy(() -> lookup.forFile(sql)).isInstanceOf(ConfigException.class)
            .hasMessage(cfg + ": profiles: unknown profile 'read-onyl' (read-only, strict)");

        Files.writeString(cfg, "dialect: ansi\n");
        Files.setLastModifiedTime(cfg, FileTime.fromMillis(Files.getLastModifiedTime(cfg).toMillis() + 4_000));
        assertThat(lookup.forFile(sql).config().dialect()).isEqualTo(Dialect.ANSI);
        assertThat(lookup.forFile(sql)).isNotEqualTo(first);

        Files.delete(cfg);
        assertThat(lookup.forFile(sql).sources()).isEmpty();
    }

    @Test
    void anExplicitFileIsUsedAloneAndTheBuilderIsFreshEachTime() throws Exception {
        Path cfg = write("x/custom.yml", "profiles: [read-only]\n");
        ProjectConfig explicit = ConfigLookup.of(cfg);
        AnalyzerConfig.Builder b = explicit.builder().profile("strict");
        assertThat(b.build().profiles()).containsExactly("read-only", "strict");
        assertThat(explicit.config().profiles()).containsExactly("read-only");                 // the host's addition did not leak
        assertThat(ConfigLookup.defaults().config().profiles()).isEmpty();
        assertThat(ConfigLookup.defaults().toString()).isEqualTo("defaults");
    }

    @Test
    void anUnusableFileIsNamedInTheErrorSoAnIdeCanMarkIt(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("brickoptima.yml");
        Files.writeString(cfg, "root: true\nthresholds:\n  large-in-list.max: lots\n");
        assertThatThrownBy(() -> lookup.forFile(dir.resolve("Dao.java")))
            .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.file()).isEqualTo(cfg))
            .hasMessage(cfg + ": thresholds.large-in-list.max: expected a number, got a string ('lots')");
        assertThat(new ConfigException("text").file()).isNull();
    }
}
