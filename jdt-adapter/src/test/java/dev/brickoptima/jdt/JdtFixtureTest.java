package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.jvm.code.JavaFixtures;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared Java fixtures through the JDT adapter outside OSGi: with the API stubs on the classpath, and by name without. */
class JdtFixtureTest {
    static final JavaSqlAnalyzer ANALYZER = JavaSqlAnalyzers.bounded(AnalyzerConfig.defaults(), true);
    @TempDir
    static Path work;
    static StandaloneJavaParser withClasspath;
    static final StandaloneJavaParser BY_NAME = new StandaloneJavaParser(List.of());

    @BeforeAll
    static void compileStubs() {
        withClasspath = new StandaloneJavaParser(List.of(JavaFixtures.compiledStubs(work.resolve("stubs"))));
    }

    static List<CodeFinding> analyze(StandaloneJavaParser parser, String name, String source) {
        return ANALYZER.analyze(new JdtCodeView(parser.parse(name, source), source), () -> false);
    }

    @Test
    void everyFixtureReportsExactlyTheMarkedFindings() {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            List<String> expected = JavaFixtures.expected(f.getValue());
            for (StandaloneJavaParser parser : List.of(withClasspath, BY_NAME)) {
                List<String> actual = ExpectedFindings.describe(analyze(parser, f.getKey(), f.getValue()));
                if (!actual.equals(expected)) {
                    mismatches.add(f.getKey() + (parser == BY_NAME ? " (by name)" : "") + ": expected " + expected + " but got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void withoutAClasspathTheFixesAreTheSame() {
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            assertThat(JavaFixtures.fixes(f.getKey(), analyze(BY_NAME, f.getKey(), f.getValue())))
                .as(f.getKey()).isEqualTo(JavaFixtures.fixes(f.getKey(), analyze(withClasspath, f.getKey(), f.getValue())));
        }
    }

    /** The golden list the other hosts compare with; {@code -Dbrickoptima.writeExpectedFixes=true} rewrites it after a deliberate change. */
    @Test
    void fixesAreTheExpectedOnes() throws Exception {
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            all.addAll(JavaFixtures.fixes(f.getKey(), analyze(withClasspath, f.getKey(), f.getValue())));
        }
        if (Boolean.getBoolean("brickoptima.writeExpectedFixes")) {
            java.nio.file.Files.writeString(JavaFixtures.EXPECTED_FIXES, String.join("\n", all) + "\n");
        }
        assertThat(all).isEqualTo(JavaFixtures.expectedFixes());
    }

    @Test
    @Tag("javac") // compiles every fixed source: left out of mutation testing (jdt-adapter/pom.xml)
    void everyFixCompilesAndRemovesItsFinding() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            List<CodeFinding> findings = analyze(withClasspath, f.getKey(), f.getValue());
            problems.addAll(JavaFixtures.checkFixes(f.getKey(), f.getValue(), findings,
                (name, src) -> analyze(withClasspath, name, src), work.resolve(f.getKey())));
        }
        assertThat(problems).isEmpty();
    }
}
