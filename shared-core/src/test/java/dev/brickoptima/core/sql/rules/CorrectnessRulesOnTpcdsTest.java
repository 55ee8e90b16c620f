package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.config.Profile;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correctness, safety and security rules on the 99 TPC-DS queries (Spark dialect, read-only profile on). These
 * are well-reviewed read-only queries, so every finding is noise unless checked by hand. The only findings are in
 * q49, and they are real: each branch filters the LEFT OUTER JOINed returns table in WHERE
 * ({@code wr.wr_return_amt > 10000}), which drops the unmatched sales rows and makes the outer join an inner join.
 */
class CorrectnessRulesOnTpcdsTest {
    private static final List<String> EXPECTED = List.of(
        "q49.sql:31:12 outer-join-filtered-in-where",
        "q49.sql:73:12 outer-join-filtered-in-where",
        "q49.sql:114:12 outer-join-filtered-in-where");

    private static List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (SqlRule r : RuleRegistry.sqlRules()) if (r.metadata().category() != Category.PERFORMANCE) ids.add(r.metadata().id());
        return ids;
    }

    @Test
    void onlyTheRealOuterJoinMistakesInQ49AreReported() throws IOException, URISyntaxException {
        // a generous time budget: this test is about noise, and a loaded build machine must not turn it into timeouts
        Limits d = Limits.DEFAULT;
        AnalyzerConfig.Builder b = AnalyzerConfig.builder().dialect(Dialect.SPARK).profile(Profile.READ_ONLY)
            .limits(new Limits(d.maxInputChars(), d.maxStatementChars(), d.maxNestingDepth(), 60_000));
        for (String id : ruleIds()) b.only(id);
        SqlAnalyzer analyzer = new SqlAnalyzer(b.build());

        Path dir = Paths.get(CorrectnessRulesOnTpcdsTest.class.getResource("/corpus/tpcds/queries").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(99);

        TreeSet<String> actual = new TreeSet<>();
        int parsed = 0;
        for (Path p : files) {
            SqlAnalysis a = analyzer.analyze(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            assertThat(a.internalErrors()).as("rule failures on %s", p.getFileName()).isEmpty();
            parsed += a.parsed();
            for (Finding f : a.findings()) {
                if (f.ruleId().equals("parse-error")) continue; // parsing TPC-DS is the parser's test
                actual.add(p.getFileName() + ":" + f.location().line() + ":" + f.location().column() + " " + f.ruleId());
            }
        }
        // the rules really ran: (almost) every query parsed
        assertThat(parsed).isGreaterThanOrEqualTo(95);
        assertThat(actual).containsExactlyElementsOf(new TreeSet<>(EXPECTED));
    }
}
