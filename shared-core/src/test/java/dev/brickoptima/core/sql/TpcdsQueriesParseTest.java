package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** All 100 TPC-DS queries (Spark's copies) parse under the Spark dialect with no parse finding. */
class TpcdsQueriesParseTest {

    @Test
    void everyTpcdsQueryParses() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/corpus/tpcds/queries").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).hasSize(100);
        SqlAnalyzer analyzer = new SqlAnalyzer(AnalyzerConfig.defaults());
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            SqlAnalysis r = analyzer.analyze(Files.readString(f));
            assertThat(r.internalErrors()).as(f.getFileName().toString()).isEmpty();
            for (Finding x : r.findings()) {
                if (x.ruleId().equals("parse-error") || x.ruleId().equals("nesting-too-deep")) {
                    failures.add(f.getFileName() + ":" + x.location().line() + ":" + x.location().column() + " " + x.message());
                }
            }
            assertThat(r.parsed()).as(f.getFileName().toString()).isEqualTo(r.statements());
        }
        assertThat(failures).isEmpty();
    }
}
