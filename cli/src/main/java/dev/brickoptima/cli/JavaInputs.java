package dev.brickoptima.cli;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jdt.JdtCodeView;
import dev.brickoptima.jdt.StandaloneJavaParser;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import dev.brickoptima.jvm.code.ProjectDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyses Java sources: the SQL they pass to JDBC, Spark, Spring, JPA, jOOQ and MyBatis, and SQL injection, with the
 * same engine as the IDE plugins (the JDT adapter over {@code ASTParser}). With {@code --classpath} calls resolve
 * through the compiled APIs; without, by the receiver's declared type and the imports. SQL is read in the dialect of
 * the database the file's project talks to, told by the JDBC driver of its build file (else of the classpath), unless
 * the configuration declares one.
 */
final class JavaInputs {
    /** Build files are looked up once per run for all inputs. */
    private static final ProjectDatabase DATABASES = new ProjectDatabase();
    private final JavaSqlAnalyzer analyzer;
    private final StandaloneJavaParser parser;
    private final Dialect classpathDatabase;

    JavaInputs(AnalyzerConfig config, List<Path> classpath) {
        this.analyzer = JavaSqlAnalyzers.bounded(config, true);
        this.parser = new StandaloneJavaParser(classpath);
        this.classpathDatabase = ProjectDatabase.onClasspath(classpath);
    }

    /** {@code name} is how the report names the input, {@code file} where it is. */
    InputReport analyze(String name, Path file, String source) {
        List<CodeFinding> found;
        try {
            Dialect database = DATABASES.forFile(file);
            if (database == null) database = classpathDatabase;
            found = analyzer.analyze(new JdtCodeView(parser.parse(file.getFileName().toString(), source), source), database, () -> false);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser or binding failure on one file must not stop the others, and must not pass silently
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return new InputReport(name, "java", 0, List.of(), List.of("could not be analysed: " + e
                + (at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName())));
        }
        List<Finding> findings = new ArrayList<>();
        for (CodeFinding f : found) findings.add(f.finding().withRelated(f.related()));
        return new InputReport(name, "java", found.size(), findings, List.of());
    }
}
