package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.sql.ScriptSplitter;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.StatementSlice;
import dev.brickoptima.core.text.LineIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A rule fixture: SQL with the expected findings written next to the offending line, Error Prone style.
 *
 * <pre>
 * -- config: dialect=postgres | profile=read-only | threshold.max=5 | partitions.sales=dt,region
 * SELECT * FROM t;            -- expect: select-star@8
 * SELECT a FROM t;            (no marker: a negative case)
 * </pre>
 *
 * {@code -- expect: id} means a finding of that rule starts on this line; {@code @col} pins its 1-based column.
 * Comment lines right under an expectation pin more of that finding (of the last expectation on the line):
 *
 * <pre>
 * SELECT id FROM t WHERE a = NULL;   -- expect: null-comparison@24
 * -- message: Comparison with NULL using '=' is never true ...   (the whole message)
 * -- span: a = NULL                  (the text the finding covers; \n for a line break)
 * -- fix: Replace with 'a IS NULL'   (each fix's description, in order; one line per fix)
 * -- fixed: SELECT id FROM t WHERE a IS NULL;   (the line after applying the fix that has edits)
 * </pre>
 */
public final class RuleFixture {
    public final String name;
    public final String text;
    public final AnalyzerConfig config;
    /** "rule-id:line" or "rule-id:line:col" entries. */
    public final List<String> expected = new ArrayList<>();
    public int statementsWithoutExpectation;
    /** Pinned details by expectation ("rule-id:line[:col]"). */
    public final Map<String, Details> details = new LinkedHashMap<>();

    /** What the fixture pins about one expected finding beyond where it starts; null when not pinned. */
    public static final class Details {
        public String message;
        public String span;
        public final List<String> fixes = new ArrayList<>();
        public String fixed;
    }

    private RuleFixture(String name, String text) {
        this.name = name;
        this.text = text;
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        LineIndex lines = new LineIndex(text);
        String[] rows = text.split("\n", -1);
        String pinTo = null;
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            String trimmed = row.trim();
            if (detail(pinTo, trimmed, name + ":" + (i + 1))) continue;
            pinTo = null; // details belong right under their expectation
            int c = row.indexOf("-- config:");
            if (c >= 0) applyConfig(b, row.substring(c + "-- config:".length()).trim());
            int e = row.indexOf("-- expect:");
            if (e >= 0) {
                for (String item : row.substring(e + "-- expect:".length()).split(",")) {
                    String it = item.trim();
                    if (it.isEmpty()) continue;
                    int at = it.indexOf('@');
                    pinTo = at < 0 ? it + ":" + (i + 1) : it.substring(0, at) + ":" + (i + 1) + ":" + it.substring(at + 1);
                    expected.add(pinTo);
                }
            }
        }
        this.config = b.build();
        List<SqlToken> tokens = new SqlLexer(config.dialect()).tokenize(text);
        for (StatementSlice s : ScriptSplitter.split(text, tokens)) {
            int first = lines.line(s.start());
            int last = lines.line(s.end());
            boolean has = false;
            for (int l = first; l <= last; l++) if (rows[l - 1].contains("-- expect:")) has = true;
            if (!has) statementsWithoutExpectation++;
        }
    }

    public static RuleFixture load(String resource) throws IOException {
        try (InputStream in = RuleFixture.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            return new RuleFixture(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Reads a "-- message:", "-- span:", "-- fix:" or "-- fixed:" line into the details of expectation {@code key}. */
    private boolean detail(String key, String line, String where) {
        String[] kinds = {"-- message:", "-- span:", "-- fix:", "-- fixed:"};
        for (String kind : kinds) {
            if (!line.startsWith(kind)) continue;
            if (key == null) throw new IllegalArgumentException(where + ": '" + kind + "' must follow an expectation line or its details");
            String value = line.substring(kind.length()).trim().replace("\\n", "\n");
            Details d = details.computeIfAbsent(key, k -> new Details());
            switch (kind) {
                case "-- message:" -> d.message = value;
                case "-- span:" -> d.span = value;
                case "-- fix:" -> d.fixes.add(value);
                default -> d.fixed = value;
            }
            return true;
        }
        return false;
    }

    public List<String> expectedSorted() {
        return new ArrayList<>(new TreeSet<>(expected));
    }

    private static void applyConfig(AnalyzerConfig.Builder b, String spec) {
        for (String part : spec.split("\\|")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) continue;
            String k = p.substring(0, eq).trim();
            String v = p.substring(eq + 1).trim();
            if (k.equals("dialect")) b.dialect(Dialect.parse(v));
            else if (k.equals("profile")) b.profile(v);
            else if (k.equals("enable")) b.enable(v);
            else if (k.startsWith("threshold.")) {
                String[] rk = k.substring("threshold.".length()).split("\\.", 2);
                if (rk.length == 2) b.threshold(rk[0], rk[1], Double.parseDouble(v));
            } else if (k.startsWith("partitions.")) {
                b.partitionColumns(k.substring("partitions.".length()), Arrays.asList(v.split(",")));
            } else if (k.startsWith("severity.")) {
                b.severity(k.substring("severity.".length()), Severity.parse(v));
            }
        }
    }
}
