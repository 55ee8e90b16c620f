package dev.brickoptima.conformance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark's own SQL test suite as the measure of the Spark dialect. For every statement of every golden file
 * ({@code sql-tests/results/**.sql.out} of the {@code spark-sql_2.13} tests jar, unpacked by the build), Spark
 * recorded whether its parser accepted it and whether it ran. This test requires of the analyzer:
 * <ul>
 *   <li>parse coverage of at least 99% of the statements Spark parses (the rest are listed in docs/sql-dialects.md);</li>
 *   <li>no silent misparse: a select-list alias Spark's result schema does not have means the statement was read
 *       differently ({@code SELECT 1.0D} as {@code 1.0 AS D});</li>
 *   <li>no error-level finding on a statement Spark ran (an error means the engine rejects the statement);</li>
 *   <li>no "condition never holds" finding on a statement for which Spark returned rows.</li>
 * </ul>
 * The figures are printed; the full list of gaps is written to {@code target/spark-sql-conformance-VERSION.txt}.
 */
class SparkSqlTestsConformanceTest {
    private static final double MIN_COVERAGE = 99.0;

    static Stream<String> versions() {
        return Stream.of(System.getProperty("spark.versions", "").split(",")).map(String::trim).filter(v -> !v.isEmpty());
    }

    @ParameterizedTest(name = "Spark {0}")
    @MethodSource("versions")
    void analyzerAgreesWithSpark(String version) throws IOException {
        Path results = Path.of(System.getProperty("spark.sql.tests.dir"), version, "sql-tests", "results");
        assertThat(results).as("unpacked golden files of Spark " + version).isDirectory();
        List<Path> files;
        try (Stream<Path> s = Files.walk(results)) {
            files = s.filter(p -> p.toString().endsWith(".sql.out")).sorted().toList();
        }
        assertThat(files).as("golden files").hasSizeGreaterThan(200);

        SparkSqlConformance c = new SparkSqlConformance();
        long started = System.nanoTime();
        for (Path f : files) {
            c.add(SparkGoldenFile.parse(results.relativize(f).toString().replace('\\', '/'), read(f)));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        String figures = String.format(Locale.ROOT,
            "Spark %s sql-tests: %d files, %d statements, %d parsed by Spark, %d run by Spark%n"
                + "  parse coverage: %.2f%% (%d of %d; %d not parsed)%n"
                + "  silent misparses: %d%n"
                + "  error-level findings on statements Spark ran: %d%n"
                + "  'never true' findings: %d confirmed by an empty Spark result, %d disproved by rows%n"
                + "  internal rule errors: %d%n"
                + "  analysed in %d ms",
            version, files.size(), c.statements, c.sparkParsed, c.sparkRan,
            c.parseCoverage(), c.sparkParsed - c.parseGaps.size(), c.sparkParsed, c.parseGaps.size(),
            c.misparses.size(), c.falseErrors.size(), c.confirmedNeverTrue.size(), c.disprovedNeverTrue.size(),
            c.internalErrors.size(), millis);
        System.out.println(figures);
        writeReport(version, figures, c);

        assertThat(c.misparses).as("statements read differently from Spark").isEmpty();
        assertThat(c.falseErrors).as("error-level findings on statements Spark ran").isEmpty();
        assertThat(c.disprovedNeverTrue).as("'never true' findings on statements Spark returned rows for").isEmpty();
        assertThat(c.internalErrors).as("rules that failed").isEmpty();
        assertThat(c.parseCoverage()).as("parse coverage of statements Spark parses (%)").isGreaterThanOrEqualTo(MIN_COVERAGE);
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeReport(String version, String figures, SparkSqlConformance c) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(figures);
        section(lines, "not parsed", c.parseGaps);
        section(lines, "misparsed", c.misparses);
        section(lines, "error-level findings on statements Spark ran", c.falseErrors);
        section(lines, "'never true' findings confirmed by an empty Spark result", c.confirmedNeverTrue);
        section(lines, "'never true' findings disproved by rows Spark returned", c.disprovedNeverTrue);
        Path out = Path.of("target", "spark-sql-conformance-" + version + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static void section(List<String> lines, String title, List<SparkSqlConformance.Gap> gaps) {
        lines.add("");
        lines.add("== " + title + " (" + gaps.size() + ")");
        for (SparkSqlConformance.Gap g : gaps) {
            lines.add(g.file() + ":" + g.line() + "  " + g.detail() + "  |  " + SparkSqlConformance.abbreviate(g.sql()));
        }
    }
}
