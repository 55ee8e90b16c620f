package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.pg.PgCatalog;
import dev.brickoptima.core.plan.rules.PlanFixture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL rule fixture {@code rules/pg/<rule-id>.txt}: cases, each a plan (inline text, or a captured plan file)
 * and/or a catalog, with expectations as {@code #} directives (PostgreSQL plans never start a line with {@code #}).
 *
 * <pre>
 * ## case: short description                    starts a case
 * # input: seqscan-customer-orders.json         a real plan captured from the fixture server (pg/plans/)
 * # expect: pg-seq-scan-filter@1                a finding of that rule on plan node 1; "/info" pins the severity
 * # expect: pg-unused-index@orders_shipped_at_idx   a catalog finding naming that index
 * # expect: none                                no finding of the rule under test (a negative case)
 * # message: pg-seq-scan-filter@1 Seq Scan on orders (node 1) read ...   that finding's message, exactly
 * # hint: pg-seq-scan-filter@1 Index the filtered columns: ...          its fix hints, exactly and in order (one line each)
 * # config: threshold.pg-row-estimate.factor=5 | severity.pg-disk-spill=error
 * # table: orders rows=300000 pages=3062 seqScans=10 indexScans=5
 * # index: orders orders_status_idx (status, created_at) scans=0 bytes=2113536 unique primary constraint method=btree
 *          schema=public where (shipped_at IS NULL)     (optional: a schema, and a partial index's predicate last)
 * # column: orders customer_id distinct=50000
 * </pre>
 */
final class PgFixture {
    /** One case. */
    static final class Case {
        final String name;
        final int firstLine;
        final StringBuilder text = new StringBuilder();
        String input;
        final List<String> expected = new ArrayList<>();
        /** Exact message and hints of a finding, by its expectation key ("rule@subject"). */
        final Map<String, String> messages = new LinkedHashMap<>();
        final Map<String, List<String>> hints = new LinkedHashMap<>();
        boolean expectNone;
        final AnalyzerConfig.Builder config = AnalyzerConfig.builder();
        final List<PgCatalog.Table> tables = new ArrayList<>();
        final List<PgCatalog.Index> indexes = new ArrayList<>();
        final List<PgCatalog.Column> columns = new ArrayList<>();

        Case(String name, int firstLine) {
            this.name = name;
            this.firstLine = firstLine;
        }

        List<String> expectedFor(String rule) {
            List<String> out = new ArrayList<>();
            for (String e : expected) if (e.startsWith(rule + "@")) out.add(e);
            return out;
        }

        PgCatalog catalog() {
            return tables.isEmpty() && indexes.isEmpty() && columns.isEmpty() ? PgCatalog.EMPTY
                : new PgCatalog(tables, indexes, columns, "since the fixture's statistics reset");
        }

        boolean hasPlan() {
            return input != null || !text.toString().isBlank();
        }

        String plan() throws IOException {
            return input != null ? resource("/pg/plans/" + input) : text.toString();
        }
    }

    final List<Case> cases = new ArrayList<>();

    static PgFixture load(String path) throws IOException {
        String content = resource(path);
        if (content == null) return null;
        PgFixture fx = new PgFixture();
        Case c = null;
        int lineNo = 0;
        for (String line : content.split("\n", -1)) {
            lineNo++;
            if (line.startsWith("## case:")) {
                c = new Case(line.substring(8).trim(), lineNo);
                fx.cases.add(c);
                continue;
            }
            if (c == null) continue; // header comments
            if (line.startsWith("#")) {
                directive(c, line.substring(1).trim(), path, lineNo);
            } else {
                c.text.append(line).append('\n');
            }
        }
        return fx;
    }

    private static void directive(Case c, String d, String path, int line) {
        if (d.startsWith("expect:")) {
            String v = d.substring(7).trim();
            if (v.equals("none")) c.expectNone = true;
            else c.expected.add(v);
        } else if (d.startsWith("message:")) {
            String v = d.substring(8).trim();
            c.messages.put(v.substring(0, v.indexOf(' ')), v.substring(v.indexOf(' ') + 1));
        } else if (d.startsWith("hint:")) {
            String v = d.substring(5).trim();
            c.hints.computeIfAbsent(v.substring(0, v.indexOf(' ')), k -> new ArrayList<>()).add(v.substring(v.indexOf(' ') + 1));
        } else if (d.startsWith("config:")) {
            PlanFixture.applyConfig(c.config, d.substring(7).trim());
        } else if (d.startsWith("input:")) {
            c.input = d.substring(6).trim();
        } else if (d.startsWith("table:")) {
            List<String> w = words(d.substring(6));
            c.tables.add(new PgCatalog.Table(null, w.get(0), num(w, "rows", -1), num(w, "pages", 0), num(w, "seqScans", Double.NaN),
                num(w, "indexScans", Double.NaN)));
        } else if (d.startsWith("index:")) {
            String v = d.substring(6).trim();
            int lp = v.indexOf('(');
            int rp = v.indexOf(')');
            List<String> head = words(v.substring(0, lp));
            List<String> cols = new ArrayList<>();
            for (String col : v.substring(lp + 1, rp).split(",")) cols.add(col.trim());
            String tail = v.substring(rp + 1);
            int where = tail.indexOf(" where ");
            String predicate = where < 0 ? null : tail.substring(where + 7).trim();
            List<String> w = words(where < 0 ? tail : tail.substring(0, where));
            String method = "btree";
            String schema = null;
            for (String x : w) {
                if (x.startsWith("method=")) method = x.substring(7);
                if (x.startsWith("schema=")) schema = x.substring(7);
            }
            c.indexes.add(new PgCatalog.Index(schema, head.get(0), head.get(1), cols, w.contains("unique"), w.contains("primary"),
                w.contains("constraint"), num(w, "scans", Double.NaN), (long) num(w, "bytes", 8192), method, predicate,
                "CREATE INDEX " + head.get(1) + " ON " + head.get(0) + " (" + String.join(", ", cols) + ")"));
        } else if (d.startsWith("column:")) {
            List<String> w = words(d.substring(7));
            c.columns.add(new PgCatalog.Column(null, w.get(0), w.get(1), num(w, "distinct", Double.NaN), num(w, "nulls", 0)));
        } else if (!d.isEmpty()) {
            throw new IllegalArgumentException(path + ":" + line + ": unknown directive # " + d);
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static double num(List<String> words, String key, double def) {
        for (String w : words) if (w.startsWith(key + "=")) return Double.parseDouble(w.substring(key.length() + 1));
        return def;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = PgFixture.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
