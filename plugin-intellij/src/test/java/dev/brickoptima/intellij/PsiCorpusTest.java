package dev.brickoptima.intellij;

import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.psi.PsiFile;
import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.jvm.code.JavaCorpus;
import dev.brickoptima.jvm.code.JavaFixtures;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of real-shaped projects (fixtures/java/corpus) through IntelliJ's PSI (183 core): each source opened from
 * disk with the project's sources and the API stubs on the class path, so the plugin finds the project's database from
 * the build file above the file as in the IDE. Projects without a brickoptima.yml run through both inspections with
 * the plugin's settings; the one whose brickoptima.yml declares its sinks runs the inspections' analysis with that
 * configuration (the settings page does not read brickoptima.yml yet). Text blocks and switch expressions are beyond
 * the 183 parser: sources marked java 17 run in the JDT hosts only.
 */
class PsiCorpusTest {
    static CoreJavaEnvironment env;

    @BeforeAll
    static void setUp() {
        List<Path> roots = new ArrayList<>(List.of(JavaFixtures.STUBS));
        for (JavaCorpus.Project p : JavaCorpus.projects()) roots.add(p.sourceRoot());
        env = new CoreJavaEnvironment(roots.toArray(new Path[0]));
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    private static boolean hasConfigFile(JavaCorpus.Project p) {
        return Files.exists(p.dir().resolve("brickoptima.yml"));
    }

    @Test
    void everyProjectReportsExactlyTheMarkedFindings() {
        List<String> mismatches = new ArrayList<>();
        int analysed = 0;
        for (JavaCorpus.Project p : JavaCorpus.projects()) {
            JavaSqlAnalyzer withConfigFile = hasConfigFile(p) ? JavaSqlAnalyzers.bounded(p.config(), true) : null;
            Map<String, List<String>> actual = new LinkedHashMap<>();
            for (Map.Entry<String, String> f : p.sources().entrySet()) {
                if (JavaCorpus.needsJava17(f.getValue())) continue;
                PsiFile file = env.open(p.sourceRoot().resolve(f.getKey()));
                actual.put(f.getKey(), withConfigFile != null
                    ? ExpectedFindings.describe(JavaSqlInspector.analyze(file, withConfigFile))
                    : PsiFixtureTest.findings(inspectionsOn(file)));
                analysed++;
            }
            mismatches.addAll(JavaCorpus.mismatches(p, actual));
        }
        assertThat(mismatches).isEmpty();
        assertThat(analysed).isGreaterThanOrEqualTo(10);
    }

    private static List<ProblemDescriptor> inspectionsOn(PsiFile file) {
        List<ProblemDescriptor> all = new ArrayList<>(env.inspect(new BrickOptimaSqlInspection(), file));
        all.addAll(env.inspect(new BrickOptimaSqlInjectionInspection(), file));
        return all;
    }

    /** The database comes from the build file above the file on disk; a file only in memory has none. */
    @Test
    void theProjectDatabaseIsTheBuildFilesDriver() {
        Map<String, Dialect> byProject = new LinkedHashMap<>();
        for (JavaCorpus.Project p : JavaCorpus.projects()) {
            String first = p.sources().keySet().iterator().next();
            byProject.put(p.name(), FileDatabase.of(env.open(p.sourceRoot().resolve(first))));
        }
        assertThat(byProject).containsEntry("shop-mysql", Dialect.MYSQL).containsEntry("reports-sqlserver", Dialect.SQLSERVER)
            .containsEntry("billing-postgres", Dialect.POSTGRES).containsEntry("warehouse-hive", Dialect.HIVE);
        assertThat(FileDatabase.of(env.parse("OrderDao.java", "class OrderDao {}"))).isNull();
    }
}
