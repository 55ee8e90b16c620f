package dev.brickoptima.jdt;

import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.jvm.code.JavaCorpus;
import dev.brickoptima.jvm.code.JavaFixtures;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import dev.brickoptima.jvm.code.ProjectDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of real-shaped projects (fixtures/java/corpus) through the JDT adapter outside OSGi: each project with its
 * own configuration and the database its build file's JDBC driver tells, with the project and the API stubs compiled
 * on the classpath, and by name without a classpath.
 */
class JdtCorpusTest {
    @TempDir
    Path work;

    @Test
    void everyProjectReportsExactlyTheMarkedFindings() {
        ProjectDatabase databases = new ProjectDatabase();
        List<String> mismatches = new ArrayList<>();
        for (JavaCorpus.Project p : JavaCorpus.projects()) {
            JavaSqlAnalyzer analyzer = JavaSqlAnalyzers.bounded(p.config(), true);
            Path classes = JavaFixtures.compiled(List.of(JavaFixtures.STUBS, p.sourceRoot()), work.resolve(p.name()));
            Map<String, StandaloneJavaParser> parsers = Map.of("", new StandaloneJavaParser(List.of(classes)), " (by name)", new StandaloneJavaParser(List.of()));
            for (Map.Entry<String, StandaloneJavaParser> how : parsers.entrySet()) {
                StandaloneJavaParser parser = how.getValue();
                Map<String, List<String>> actual = new LinkedHashMap<>();
                for (Map.Entry<String, String> f : p.sources().entrySet()) {
                    Path file = p.sourceRoot().resolve(f.getKey());
                    JdtCodeView view = new JdtCodeView(parser.parse(file.getFileName().toString(), f.getValue()), f.getValue());
                    actual.put(f.getKey(), ExpectedFindings.describe(analyzer.analyze(view, databases.forFile(file, p.dir()), () -> false)));
                }
                for (String m : JavaCorpus.mismatches(p, actual)) mismatches.add(m + how.getKey());
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
