package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Spark physical plan text in the shapes users meet, detected automatically:
 * <ul>
 *   <li>EXPLAIN FORMATTED, the Spark UI "Details" block and the REST {@code planDescription}: a numbered tree
 *   ({@code +- * HashAggregate (12)}), per-operator detail blocks ({@code (12) HashAggregate [codegen id : 3]} with
 *   {@code Key: value} lines), {@code == Final Plan ==} / {@code == Initial Plan ==} under AdaptiveSparkPlan, the
 *   {@code ===== Subqueries =====} section and {@code ReusedExchange [Reuses operator id: N]};</li>
 *   <li>classic EXPLAIN / {@code df.explain()} trees with arguments on the line ({@code *(2) SortMergeJoin [a#1], [b#2], Inner});</li>
 *   <li>EXPLAIN EXTENDED / COST: only the {@code == Physical Plan ==} section is read.</li>
 * </ul>
 * One pass over the lines, no regular expressions, no recursion: time is linear in the text and deep plans cannot
 * overflow the stack. Text that is not a plan gives a {@link PlanParseException} with its line.
 */
public final class PlanTextParser {
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    public static final int DEFAULT_MAX_DEPTH = 10_000;

    private final int maxChars;
    private final int maxDepth;

    public PlanTextParser() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH);
    }

    public PlanTextParser(int maxChars, int maxDepth) {
        this.maxChars = maxChars;
        this.maxDepth = maxDepth;
    }

    /** Parses with the default limits. */
    public static PhysicalPlan parse(String text) {
        return new PlanTextParser().read(text);
    }

    /** Whether the text looks like a Spark physical plan (cheap check for hosts that route input by content). */
    public static boolean looksLikePlan(String text) {
        if (text == null) return false;
        int limit = Math.min(text.length(), 4000);
        String head = text.substring(0, limit);
        return head.contains("== Physical Plan ==") || head.contains("+- ") && (head.contains("Exchange") || head.contains("Scan")
            || head.contains("Project") || head.contains("Aggregate") || head.contains("Join"));
    }

    /** A stack entry: an operator, or an AQE section header, with the column where its content starts. */
    private static final class Entry {
        final PlanOperator op;
        final PlanOperator sectionOwner;
        final boolean finalSection;
        final int contentCol;

        Entry(PlanOperator op, PlanOperator sectionOwner, boolean finalSection, int contentCol) {
            this.op = op;
            this.sectionOwner = sectionOwner;
            this.finalSection = finalSection;
            this.contentCol = contentCol;
        }
    }

    /** Mutable state of one parse. */
    private final class Run {
        final String text;
        final int[] starts;
        final int[] ends;
        final int lineCount;
        final Map<Integer, PlanOperator> ops = new LinkedHashMap<>();
        final List<PlanOperator> roots = new ArrayList<>();
        final List<int[]> subqueryHeads = new ArrayList<>(); // index, hostingId, line
        final List<String> subqueryExpr = new ArrayList<>();
        final List<PlanOperator> subqueryRoots = new ArrayList<>();
        final ArrayList<Entry> stack = new ArrayList<>();
        boolean formatted;
        int classicIds;
        boolean inSubquerySection;
        PlanOperator detailOp;
        String lastKey;
        /** Detail keys seen so far: every operator's "Output" is then one string, not one copy per operator. */
        final Map<String, String> keys = new HashMap<>();

        Run(String text) {
            this.text = text;
            int n = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
            starts = new int[n];
            ends = new int[n];
            int line = 0;
            int s = 0;
            while (true) {
                int nl = text.indexOf('\n', s);
                int e = nl < 0 ? text.length() : nl;
                starts[line] = s;
                ends[line] = e > s && text.charAt(e - 1) == '\r' ? e - 1 : e;
                line++;
                if (nl < 0) break;
                s = nl + 1;
            }
            lineCount = line;
        }

        String line(int i) {
            return text.substring(starts[i], ends[i]);
        }

        /** The detail key {@code t[0, end)}, trimmed, as the string already used for it by another operator. */
        String key(String t, int end) {
            String k = trimmed(t, 0, end);
            String seen = keys.putIfAbsent(k, k);
            return seen == null ? k : seen;
        }

        /** Whether line {@code i} is empty once trimmed, without copying it: most lines are not, and a plan has many. */
        boolean blank(int i) {
            for (int k = starts[i]; k < ends[i]; k++) if (text.charAt(k) > ' ') return false;
            return true;
        }

        /** Whether line {@code i}, trimmed, is {@code s} (without copying the line). */
        boolean lineIs(int i, String s) {
            int a = starts[i];
            int b = ends[i];
            while (a < b && text.charAt(a) <= ' ') a++;
            while (b > a && text.charAt(b - 1) <= ' ') b--;
            return b - a == s.length() && text.startsWith(s, a);
        }
    }

    /** Parses one plan. */
    public PhysicalPlan read(String text) {
        if (text == null) throw new PlanParseException("no plan text", 1, 1);
        if (text.length() > maxChars) {
            throw new PlanParseException("plan text of " + text.length() + " characters exceeds the limit of " + maxChars, 1, 1);
        }
        Run run = new Run(text);
        int first = findStart(run);
        run.formatted = detectFormatted(run, first);
        if (!run.formatted && first == 0) requirePlanShape(run);
        for (int i = first; i < run.lineCount; i++) {
            if (run.blank(i)) {
                run.stack.clear();
                run.detailOp = null;
                if (!run.formatted && !run.roots.isEmpty()) break;
                continue;
            }
            String t = run.line(i);
            if (t.startsWith("===== Subqueries")) {
                run.inSubquerySection = true;
                run.stack.clear();
                run.detailOp = null;
                continue;
            }
            if (run.formatted && t.startsWith("Subquery:")) {
                subqueryHeader(run, t, i);
                continue;
            }
            if (run.formatted && isDetailHeader(t)) {
                detailHeader(run, t, i);
                continue;
            }
            if (run.detailOp != null) {
                detailLine(run, t);
                continue;
            }
            if (t.startsWith("== ")) {
                if (run.lineIs(i, "== Physical Plan ==")) continue;
                break; // another section of EXPLAIN EXTENDED / CODEGEN follows the physical plan
            }
            treeLine(run, t, i);
        }
        if (run.ops.isEmpty()) {
            throw new PlanParseException("no physical plan operators found", Math.min(first + 1, run.lineCount), 1);
        }
        return finish(run);
    }

    private static int findStart(Run run) {
        for (int i = 0; i < run.lineCount; i++) {
            if (run.lineIs(i, "== Physical Plan ==")) return i + 1;
        }
        // no header: skip leading blank lines; a logical-plan-only EXPLAIN EXTENDED is not a physical plan
        for (int i = 0; i < run.lineCount; i++) {
            if (run.blank(i)) continue;
            String t = run.line(i).trim();
            if (t.startsWith("== ")) throw new PlanParseException("no '== Physical Plan ==' section", i + 1, 1);
            return i;
        }
        throw new PlanParseException("empty plan text", 1, 1);
    }

    /** Operators that can form a one-line plan; other headerless, marker-less text is not taken for a plan. */
    private static final String ONE_LINE_OPERATORS =
        " LocalTableScan Range FileScan Scan BatchScan InMemoryTableScan Execute CommandResult LocalRelation OneRowRelation"
            + " AdaptiveSparkPlan Project Filter HashAggregate RDDScan ExistingRDD ";

    /** Classic text without a "== Physical Plan ==" header must have tree markers or be a known one-line plan. */
    private static void requirePlanShape(Run run) {
        int firstLine = -1;
        for (int i = 0; i < run.lineCount; i++) {
            String t = run.line(i);
            if (t.contains("+- ") || t.contains(":- ")) return;
            if (firstLine < 0 && !t.trim().isEmpty()) firstLine = i;
        }
        String c = run.line(firstLine).trim();
        if (c.startsWith("*(")) c = c.substring(c.indexOf(')') + 1).trim();
        String kind = PlanMetricsBinder.kindOf(c);
        if (kind.isEmpty() || !ONE_LINE_OPERATORS.contains(" " + kind + " ")) {
            throw new PlanParseException("not a Spark physical plan (no '== Physical Plan ==' header and no operator tree)", firstLine + 1, 1);
        }
    }

    private static boolean detectFormatted(Run run, int first) {
        boolean firstTree = true;
        for (int i = first; i < run.lineCount; i++) {
            if (isDetailHeader(run.text, run.starts[i], run.ends[i])) return true;
            if (firstTree && !run.blank(i)) {
                firstTree = false;
                String c = run.line(i).trim();
                if (c.startsWith("* ")) c = c.substring(2);
                int stats = c.indexOf(", Statistics(");
                if (stats >= 0) c = c.substring(0, stats);
                if (trailingId(c) >= 0 || idSuffixEnd(c) > 0) return true;
            }
        }
        return false;
    }

    /** {@code (12) Name...} at column 0. */
    private static boolean isDetailHeader(String t) {
        return isDetailHeader(t, 0, t.length());
    }

    /** {@link #isDetailHeader(String)} on {@code t[from, to)}. */
    private static boolean isDetailHeader(String t, int from, int to) {
        if (to - from < 4 || t.charAt(from) != '(') return false;
        int i = from + 1;
        while (i < to && i - from < 12 && Character.isDigit(t.charAt(i))) i++;
        return i > from + 1 && i + 1 < to && t.charAt(i) == ')' && t.charAt(i + 1) == ' ';
    }

    /** {@code s.substring(from, to).trim()} with one copy instead of two. */
    private static String trimmed(String s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') from++;
        while (to > from && s.charAt(to - 1) <= ' ') to--;
        return s.substring(from, to);
    }

    /** The value of the digits {@code s[from, to)}, at most 9 of them (so no overflow), as Integer.parseInt reads them. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) v = v * 10 + Character.digit(s.charAt(k), 10);
        return v;
    }

    /** The id in a trailing {@code " (12)"}, or -1. */
    private static int trailingId(String c) {
        if (!c.endsWith(")")) return -1;
        int lp = c.lastIndexOf('(');
        if (lp < 0 || c.length() - lp - 2 < 1 || c.length() - lp - 2 > 9) return -1;
        for (int k = lp + 1; k < c.length() - 1; k++) if (!Character.isDigit(c.charAt(k))) return -1;
        if (lp > 0 && c.charAt(lp - 1) != ' ') return -1;
        return digits(c, lp + 1, c.length() - 1);
    }

    private void subqueryHeader(Run run, String t, int i) {
        run.stack.clear();
        run.detailOp = null;
        int index = leadingInt(t, "Subquery:".length());
        int hosting = -1;
        int h = t.indexOf("Hosting operator id = ");
        if (h >= 0) hosting = leadingInt(t, h + "Hosting operator id = ".length());
        int e = t.indexOf("Hosting Expression = ");
        String expr = e >= 0 ? t.substring(e + "Hosting Expression = ".length()) : "";
        run.subqueryHeads.add(new int[]{index, hosting, i + 1});
        run.subqueryExpr.add(expr);
        run.subqueryRoots.add(null);
        run.inSubquerySection = true;
    }

    private static int leadingInt(String s, int p) {
        int e = p;
        while (e < s.length() && e - p < 9 && Character.isDigit(s.charAt(e))) e++;
        return e > p ? digits(s, p, e) : -1;
    }

    private PlanOperator op(Run run, int id, String name) {
        PlanOperator op = run.ops.get(id);
        if (op == null) {
            op = new PlanOperator(id, name);
            run.ops.put(id, op);
        }
        return op;
    }

    private void detailHeader(Run run, String t, int i) {
        // no stack.clear() here: until a blank line, a Subquery header or the Subqueries section (which all clear it)
        // every line goes to this detail block, so no tree line can follow
        int close = t.indexOf(')');
        // ids in tree lines have at most 9 digits (trailingId); a longer one here would not fit an int either
        if (close > 10) throw new PlanParseException("operator id '" + t.substring(1, close) + "' has more than 9 digits", i + 1, 2);
        int id = digits(t, 1, close);
        String name = trimmed(t, close + 2, t.length());
        int codegen = -1;
        int reuses = -1;
        if (name.endsWith("]")) {
            int cg = name.lastIndexOf(" [codegen id : ");
            int ru = name.lastIndexOf(" [Reuses operator id: ");
            if (cg >= 0) {
                codegen = leadingInt(name, cg + " [codegen id : ".length());
                name = trimmed(name, 0, cg);
            } else if (ru >= 0) {
                reuses = leadingInt(name, ru + " [Reuses operator id: ".length());
                name = trimmed(name, 0, ru);
            }
        }
        PlanOperator op = op(run, id, name);
        op.setName(name);
        if (codegen >= 0) op.setCodegenStageId(codegen);
        if (reuses >= 0) op.setReusesId(reuses);
        op.setDetailLine(i + 1);
        if (op.start() < 0) op.setPosition(run.starts[i], run.ends[i], i + 1, 1);
        if (run.inSubquerySection) op.setInSubquery(true);
        run.detailOp = op;
        run.lastKey = null;
    }

    private void detailLine(Run run, String t) {
        PlanOperator op = run.detailOp;
        if (t.startsWith("Location [")) { // "Location [not included in comparison]/{warehouse_dir}/t]"
            putDetail(run, op, "Location", trimmed(t, "Location ".length(), t.length()));
            return;
        }
        int k = 0;
        int n = t.length();
        while (k < n && k < 48 && (Character.isLetter(t.charAt(k)) || t.charAt(k) == ' ' || t.charAt(k) == '_')) k++;
        String key = run.key(t, k);
        int p = k;
        if (p < n && t.charAt(p) == '[') { // "Output [4]: [...]"
            int rb = t.indexOf(']', p);
            if (rb > 0 && rb - p < 12) p = rb + 1;
        }
        while (p < n && t.charAt(p) == ' ') p++;
        if (!key.isEmpty() && Character.isUpperCase(key.charAt(0)) && p < n && t.charAt(p) == ':') {
            putDetail(run, op, key, trimmed(t, p + 1, n));
        } else if (t.startsWith("Statistics(")) {
            putDetail(run, op, "Statistics", t.trim());
        } else if (run.lastKey != null) {
            op.appendDetail(run.lastKey, t);
        } else {
            putDetail(run, op, "Text", t);
        }
    }

    private static void putDetail(Run run, PlanOperator op, String key, String value) {
        op.putDetail(key, value);
        run.lastKey = key;
        if (key.equals("Statistics")) {
            PlanStatistics s = PlanStatistics.parse(value);
            if (s != null) op.setStatistics(s);
        }
    }

    private void treeLine(Run run, String t, int i) {
        int n = t.length();
        int p = 0;
        int marker = -1;
        while (p < n) {
            char c = t.charAt(p);
            if ((c == '+' || c == ':') && p + 2 < n && t.charAt(p + 1) == '-' && t.charAt(p + 2) == ' ') {
                marker = p;
                p += 3;
                break;
            }
            if (c == ' ' || c == ':' || c == '|') {
                p++;
                continue;
            }
            break;
        }
        while (p < n && t.charAt(p) == ' ' && marker >= 0) p++;
        if (p >= n) throw new PlanParseException("tree line without an operator", i + 1, p + 1);
        int contentCol = p;
        String content = trimmed(t, p, n);

        Entry parent = null;
        if (marker >= 0) {
            while (!run.stack.isEmpty() && run.stack.get(run.stack.size() - 1).contentCol > marker) run.stack.remove(run.stack.size() - 1);
            if (run.stack.isEmpty()) throw new PlanParseException("tree line has no parent operator above it", i + 1, marker + 1);
            parent = run.stack.get(run.stack.size() - 1);
            // Spark indents a child under its parent's content, an inner child (subquery, command plan) 3 further
            if (marker != parent.contentCol && marker != parent.contentCol + 3) {
                throw new PlanParseException("tree line is not aligned with an operator above it", i + 1, marker + 1);
            }
        } else {
            while (!run.stack.isEmpty() && run.stack.get(run.stack.size() - 1).contentCol > contentCol) run.stack.remove(run.stack.size() - 1);
            Entry top = run.stack.isEmpty() ? null : run.stack.get(run.stack.size() - 1);
            if (top != null && top.op == null && top.contentCol == contentCol) parent = top;
            else run.stack.clear();
        }

        if (content.startsWith("== ")) {
            if (parent == null || parent.op == null) throw new PlanParseException("plan section '" + content + "' outside an AdaptiveSparkPlan", i + 1, contentCol + 1);
            boolean isFinal = content.startsWith("== Final Plan");
            if (!isFinal && !content.startsWith("== Initial Plan")) throw new PlanParseException("unknown plan section '" + content + "'", i + 1, contentCol + 1);
            run.stack.add(new Entry(null, parent.op, isFinal, contentCol));
            return;
        }
        if (run.stack.size() >= maxDepth) throw new PlanParseException("plan nested deeper than " + maxDepth + " operators", i + 1, contentCol + 1);

        PlanOperator op = run.formatted ? formattedOperator(run, content, i, contentCol) : classicOperator(run, content, i, contentCol);
        boolean duplicate = op.inTree();
        if (!duplicate) {
            op.setInTree(true);
            op.setPosition(run.starts[i] + contentCol, run.ends[i], i + 1, contentCol + 1);
        }
        if (parent == null) {
            if (run.inSubquerySection && !run.subqueryRoots.isEmpty() && run.subqueryRoots.get(run.subqueryRoots.size() - 1) == null) {
                run.subqueryRoots.set(run.subqueryRoots.size() - 1, op);
            } else if (run.inSubquerySection) {
                throw new PlanParseException("operator outside the plan tree", i + 1, contentCol + 1);
            } else if (!run.roots.contains(op)) {
                run.roots.add(op);
            }
        } else if (parent.op == null) {
            if (parent.finalSection) {
                parent.sectionOwner.setFinalPlan(op);
                parent.sectionOwner.addChild(op, true);
            } else {
                parent.sectionOwner.setInitialPlan(op);
            }
        } else if (marker == parent.contentCol) {
            parent.op.addChild(op, duplicate);
        } else {
            parent.op.addInnerChild(op, duplicate);
            op.setInSubquery(true);
        }
        if (run.inSubquerySection || parent != null && parent.op != null && parent.op.inSubquery()) op.setInSubquery(true);
        run.stack.add(new Entry(op, null, false, contentCol));
    }

    private PlanOperator formattedOperator(Run run, String content, int i, int col) {
        String c = content;
        boolean codegen = false;
        if (c.startsWith("* ")) {
            codegen = true;
            c = trimmed(c, 2, c.length());
        }
        PlanStatistics stats = null;
        int s = c.indexOf(", Statistics(");
        if (s >= 0) {
            stats = PlanStatistics.parse(c.substring(s)); // parse finds its keys past the ", "
            c = c.substring(0, s);
        }
        int id = trailingId(c);
        if (id < 0) {
            // Spark 4 appends a short argument summary to some tree lines: "AQEShuffleRead (6), coalesced"
            int end = idSuffixEnd(c);
            if (end > 0) {
                c = c.substring(0, end);
                id = trailingId(c);
            }
        }
        if (id < 0) throw new PlanParseException("expected an operator with an id like 'Project (12)', found '" + abbreviate(content) + "'", i + 1, col + 1);
        String label = trimmed(c, 0, c.lastIndexOf('('));
        PlanOperator op = op(run, id, label);
        if (!op.inTree()) {
            op.setLabel(label);
            if (codegen && op.codegenStageId() < 0) op.setCodegenStageId(0);
        }
        if (stats != null) op.setStatistics(stats);
        return op;
    }

    /** End of the first "Name (12)" in "Name (12), summary", or -1. */
    private static int idSuffixEnd(String c) {
        for (int k = c.indexOf("), "); k > 0; k = c.indexOf("), ", k + 1)) {
            int d = k;
            while (d > 0 && Character.isDigit(c.charAt(d - 1))) d--;
            if (d < k && d >= 2 && c.charAt(d - 1) == '(' && c.charAt(d - 2) == ' ') return k + 1;
        }
        return -1;
    }

    private PlanOperator classicOperator(Run run, String content, int i, int col) {
        String c = content;
        int codegen = -1;
        if (c.startsWith("*(")) {
            int close = c.indexOf(')');
            if (close > 2) codegen = leadingInt(c, 2);
            c = c.substring(close + 1).trim();
        }
        if (c.isEmpty() || !Character.isLetter(c.charAt(0))) {
            throw new PlanParseException("expected an operator name, found '" + abbreviate(content) + "'", i + 1, col + 1);
        }
        if (run.roots.isEmpty() && run.stack.isEmpty() && !Character.isUpperCase(c.charAt(0))) {
            throw new PlanParseException("expected a physical operator such as 'Project' or 'HashAggregate', found '" + abbreviate(content) + "'", i + 1, col + 1);
        }
        PlanStatistics stats = null;
        int s = c.indexOf(", Statistics(");
        if (s >= 0) {
            stats = PlanStatistics.parse(c.substring(s)); // parse finds its keys past the ", "
            c = c.substring(0, s);
        }
        String name = classicName(c);
        String args = c.substring(name.length()).trim();
        PlanOperator op = op(run, ++run.classicIds, name);
        op.setLabel(c);
        op.setArguments(args);
        if (codegen >= 0) op.setCodegenStageId(codegen);
        if (stats != null) op.setStatistics(stats);
        ClassicArguments.apply(op, args);
        return op;
    }

    /** Name of a classic tree line: the leading identifier, plus format/table for scans and the command for Execute. */
    static String classicName(String c) {
        int i = 0;
        while (i < c.length() && (Character.isLetterOrDigit(c.charAt(i)) || c.charAt(i) == '_')) i++;
        String first = c.substring(0, i);
        if (c.startsWith("(skew=true)", i)) return c.substring(0, i + "(skew=true)".length());
        int words = first.equals("Execute") ? 2 : first.equals("FileScan") || first.equals("Scan") || first.equals("BatchScan") ? 3 : 1;
        int end = i;
        for (int w = 1; w < words; w++) {
            if (end >= c.length() || c.charAt(end) != ' ') break;
            int e = end + 1;
            while (e < c.length() && c.charAt(e) != ' ' && c.charAt(e) != '[' && c.charAt(e) != ',') e++;
            if (e == end + 1) break;
            end = e;
        }
        return c.substring(0, end);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private PhysicalPlan finish(Run run) {
        for (PlanOperator op : run.ops.values()) {
            if (op.reusesId() >= 0) op.setReused(run.ops.get(op.reusesId()));
            if (run.formatted) {
                String label = op.label();
                // a detail header without a name ("(3) ") keeps the tree's label as name; the detail block's
                // Statistics were read by putDetail already
                if (label.isEmpty()) op.setLabel(op.name());
                else if (op.name().isEmpty()) op.setName(label);
                else if (label.startsWith(op.name())) op.setArguments(label.substring(op.name().length()).trim());
            }
        }
        List<PlanSubquery> subs = new ArrayList<>();
        for (int k = 0; k < run.subqueryHeads.size(); k++) {
            int[] h = run.subqueryHeads.get(k);
            subs.add(new PlanSubquery(h[0], h[1], run.subqueryExpr.get(k), run.subqueryRoots.get(k), h[2]));
        }
        return new PhysicalPlan(run.text, run.formatted ? PlanFormat.FORMATTED : PlanFormat.CLASSIC, run.ops, run.roots, subs);
    }
}
