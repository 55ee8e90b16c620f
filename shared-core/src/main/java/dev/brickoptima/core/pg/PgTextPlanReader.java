package dev.brickoptima.core.pg;

import dev.brickoptima.core.plan.PlanParseException;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads EXPLAIN's text format (with or without ANALYZE, BUFFERS, SETTINGS, VERBOSE, COSTS OFF) into the same
 * properties the JSON format has, so rules never care which format a plan came in. The tree is read from
 * indentation: a node's properties and its children's "->" sit two columns right of where its label starts;
 * "InitPlan 1 (returns $0)", "SubPlan 2" and "CTE x" head the subplans under them.
 */
final class PgTextPlanReader {
    private PgTextPlanReader() {
    }

    /** A node on the indentation stack, with the column its properties and children start at. */
    private static final class Open {
        final PgPlanNode node;
        final int propCol;
        String subplan;      // the subplan header most recently seen at propCol
        int subplanCol = -1;

        Open(PgPlanNode node, int propCol) {
            this.node = node;
            this.propCol = propCol;
        }
    }

    static PgPlan read(String text, int from, int to) {
        LineIndex lines = new LineIndex(text);
        List<Open> stack = new ArrayList<>();
        PgPlanNode root = null;
        int rootCol = -1;
        int nextId = 1;
        Map<String, Object> statement = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        String section = null; // "Planning" or "JIT" once the tree is over
        Map<String, String> jit = new LinkedHashMap<>();
        // from the start of the root's line: its indentation is what the statement lines after the tree return to
        int pos = text.lastIndexOf('\n', from - 1) + 1;
        while (pos < to) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0 || eol > to) eol = to;
            int lineEnd = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            int col = pos;
            while (col < lineEnd && (text.charAt(col) == ' ' || text.charAt(col) == '\t')) col++;
            int contentEnd = lineEnd;
            while (contentEnd > col && Character.isWhitespace(text.charAt(contentEnd - 1))) contentEnd--;
            if (col < contentEnd) {
                String content = text.substring(col, contentEnd);
                int indent = col - pos;
                if (root == null) {
                    root = new PgPlanNode(nextId++);
                    nodeLine(root, content, col, contentEnd, text, lines);
                    rootCol = indent;
                    stack.add(new Open(root, indent + 2));
                } else if (indent <= rootCol) {
                    section = statementLine(content, statement, settings, text, lines, col);
                } else if (section != null) {
                    if (section.equals("JIT")) {
                        int colon = content.indexOf(": ");
                        if (colon > 0) jit.put(content.substring(0, colon), content.substring(colon + 2));
                    }
                    // "Planning:" holds the planner's buffer use; nothing the rules read
                } else if (content.startsWith("->")) {
                    int arrowCol = indent;
                    while (stack.size() > 1 && stack.get(stack.size() - 1).propCol > arrowCol) stack.remove(stack.size() - 1);
                    Open parent = stack.get(stack.size() - 1);
                    PgPlanNode child = new PgPlanNode(nextId++);
                    int labelStart = col + 2;
                    while (labelStart < contentEnd && text.charAt(labelStart) == ' ') labelStart++;
                    nodeLine(child, text.substring(labelStart, contentEnd), labelStart, contentEnd, text, lines);
                    if (parent.subplan != null && arrowCol == parent.subplanCol + 2) {
                        child.put("Parent Relationship", parent.subplan.startsWith("SubPlan") ? "SubPlan" : "InitPlan");
                        child.put("Subplan Name", parent.subplan);
                    } else {
                        parent.subplan = null;
                    }
                    parent.node.addChild(child);
                    stack.add(new Open(child, arrowCol + 6));
                } else {
                    while (stack.size() > 1 && stack.get(stack.size() - 1).propCol > indent) stack.remove(stack.size() - 1);
                    Open owner = stack.get(stack.size() - 1);
                    if (isSubplanHeader(content)) {
                        owner.subplan = content;
                        owner.subplanCol = indent;
                    } else {
                        property(owner.node, content);
                    }
                }
            }
            pos = eol + 1;
        }
        if (root == null) throw new PlanParseException("no plan in the text", lines.line(from), 1);
        PgPlan plan = new PgPlan(text, PgPlan.Format.TEXT, root, statement, settings, jit.isEmpty() ? null : jit(jit));
        for (PgPlanNode n : plan.nodes()) relationships(n);
        return plan;
    }

    private static boolean isSubplanHeader(String content) {
        return content.startsWith("InitPlan ") || content.startsWith("SubPlan ") || content.startsWith("CTE ") && !content.contains(": ");
    }

    // ---- node lines ----

    /**
     * A node line; the node's position is its label ("Seq Scan on orders"), without the numbers that change from run
     * to run, so a host highlights the node and a baseline recognises it again.
     */
    private static void nodeLine(PgPlanNode n, String line, int start, int end, String text, LineIndex lines) {
        String label = line;
        int paren = firstOf(line, " (cost=", " (actual ", " (never executed)");
        int labelEnd = paren >= 0 ? start + paren : end;
        while (labelEnd > start && text.charAt(labelEnd - 1) == ' ') labelEnd--;
        n.setPosition(start, labelEnd);
        if (paren >= 0) {
            label = line.substring(0, paren).trim();
            numbers(n, line.substring(paren));
        } else if (!looksLikeNodeLabel(line)) {
            throw new PlanParseException("not a PostgreSQL plan node: '" + shorten(line) + "'", lines.line(start), lines.column(start));
        }
        label(n, label);
    }

    private static boolean looksLikeNodeLabel(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && !s.contains(": ") && !s.endsWith(";");
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String nd : needles) {
            int i = s.indexOf(nd);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /** "(cost=0.00..6062.00 rows=300000 width=8) (actual time=0.014..22.740 rows=300000 loops=1)". */
    private static void numbers(PgPlanNode n, String s) {
        int cost = s.indexOf("(cost=");
        if (cost >= 0) {
            int close = s.indexOf(')', cost);
            String[] parts = s.substring(cost + 6, close < 0 ? s.length() : close).split(" ");
            range(n, parts[0], "Startup Cost", "Total Cost");
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("rows=")) n.put("Plan Rows", num(parts[i].substring(5)));
                else if (parts[i].startsWith("width=")) n.put("Plan Width", num(parts[i].substring(6)));
            }
        }
        int actual = s.indexOf("(actual ");
        if (actual >= 0) {
            int close = s.indexOf(')', actual);
            for (String p : s.substring(actual + 8, close < 0 ? s.length() : close).split(" ")) {
                if (p.startsWith("time=")) range(n, p.substring(5), "Actual Startup Time", "Actual Total Time");
                else if (p.startsWith("rows=")) n.put("Actual Rows", num(p.substring(5)));
                else if (p.startsWith("loops=")) n.put("Actual Loops", num(p.substring(6)));
            }
        } else if (s.contains("(never executed)")) {
            n.put("Actual Rows", 0.0);
            n.put("Actual Loops", 0.0);
        }
    }

    private static void range(PgPlanNode n, String r, String first, String second) {
        int dots = r.indexOf("..");
        if (dots < 0) return;
        n.put(first, num(r.substring(0, dots)));
        n.put(second, num(r.substring(dots + 2)));
    }

    /** Decodes a text label into the JSON format's Node Type, Join Type, Strategy, Relation Name, ... */
    static void label(PgPlanNode n, String label) {
        String rest = label;
        n.put("Parallel Aware", Boolean.FALSE);
        if (rest.startsWith("Parallel ")) {
            n.put("Parallel Aware", Boolean.TRUE);
            rest = rest.substring(9);
        }
        if (rest.startsWith("Async ")) rest = rest.substring(6);
        String partial = null;
        if (rest.startsWith("Partial ")) partial = "Partial";
        else if (rest.startsWith("Finalize ")) partial = "Finalize";
        if (partial != null) rest = rest.substring(partial.length() + 1);

        String head = rest;
        String target = null;
        int on = rest.indexOf(" on ");
        if (on >= 0) {
            head = rest.substring(0, on);
            target = rest.substring(on + 4).trim();
        }
        int using = head.indexOf(" using ");
        if (using >= 0) {
            n.put("Index Name", PgIdentifiers.unquote(head.substring(using + 7).trim()));
            head = head.substring(0, using);
        }
        if (head.endsWith(" Backward")) {
            n.put("Scan Direction", "Backward");
            head = head.substring(0, head.length() - 9);
        } else if (head.startsWith("Index")) {
            n.put("Scan Direction", "Forward");
        }

        String type = head;
        if (head.endsWith("Aggregate") && !head.equals("WindowAgg")) {
            type = "Aggregate";
            n.put("Strategy", head.startsWith("Hash") ? "Hashed" : head.startsWith("Group") ? "Sorted" : head.startsWith("Mixed") ? "Mixed" : "Plain");
            n.put("Partial Mode", partial == null ? "Simple" : partial);
        } else if (head.startsWith("HashSetOp") || head.startsWith("SetOp")) {
            type = "SetOp";
            n.put("Strategy", head.startsWith("Hash") ? "Hashed" : "Sorted");
            int sp = head.indexOf(' ');
            if (sp > 0) n.put("Command", head.substring(sp + 1));
        } else if (head.equals("Nested Loop") || head.startsWith("Nested Loop ") && head.endsWith(" Join")) {
            type = "Nested Loop";
            n.put("Join Type", head.equals("Nested Loop") ? "Inner" : head.substring(12, head.length() - 5));
        } else if ((head.startsWith("Hash ") || head.startsWith("Merge ")) && head.endsWith(" Join")) {
            int sp = head.indexOf(' ');
            type = head.substring(0, sp) + " Join";
            String jt = head.length() - 5 > sp ? head.substring(sp + 1, head.length() - 5).trim() : "";
            n.put("Join Type", jt.isEmpty() ? "Inner" : jt);
        } else if (head.equals("Insert") || head.equals("Update") || head.equals("Delete") || head.equals("Merge")) {
            type = "ModifyTable";
            n.put("Operation", head);
        } else if (head.startsWith("Custom Scan")) {
            type = "Custom Scan";
            int lp = head.indexOf('(');
            int rp = head.lastIndexOf(')');
            if (lp > 0 && rp > lp) n.put("Custom Plan Provider", head.substring(lp + 1, rp));
        }
        n.put("Node Type", type);
        if (target != null) target(n, type, target);
    }

    /** "orders o", "public.products products_1", "\"Order Items\"", "generate_series g", "t" (CTE). */
    private static void target(PgPlanNode n, String type, String target) {
        List<String> words = quotedWords(target);
        if (words.isEmpty()) return;
        String name = words.get(0);
        String alias = words.size() > 1 ? PgIdentifiers.unquote(words.get(1)) : null;
        switch (type) {
            case "Bitmap Index Scan":
                n.put("Index Name", PgIdentifiers.unquote(name));
                return;
            case "CTE Scan":
                n.put("CTE Name", PgIdentifiers.unquote(name));
                break;
            case "Function Scan":
            case "Table Function Scan":
                n.put("Function Name", PgIdentifiers.unquote(name));
                break;
            case "Subquery Scan":
            case "Values Scan":
            case "WorkTable Scan":
            case "Named Tuplestore Scan":
                n.put("Alias", PgIdentifiers.unquote(name));
                return;
            default: {
                int dot = PgIdentifiers.dotOutsideQuotes(name);
                if (dot > 0) {
                    n.put("Schema", PgIdentifiers.unquote(name.substring(0, dot)));
                    n.put("Relation Name", PgIdentifiers.unquote(name.substring(dot + 1)));
                } else {
                    n.put("Relation Name", PgIdentifiers.unquote(name));
                }
            }
        }
        n.put("Alias", alias != null ? alias : n.relationName() != null ? n.relationName() : PgIdentifiers.unquote(name));
    }

    private static List<String> quotedWords(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') q = !q;
            if (c == ' ' && !q) {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }



    // ---- property lines ----

    private static void property(PgPlanNode n, String content) {
        int colon = content.indexOf(": ");
        if (colon < 0) {
            if (content.endsWith(":")) return; // "Worker 0:" blocks and the like
            return;
        }
        String key = content.substring(0, colon);
        String value = content.substring(colon + 2).trim();
        if (key.startsWith("Worker ")) return; // per-worker lines repeat what the node shows in total
        switch (key) {
            case "Sort Key":
            case "Group Key":
            case "Presorted Key":
            case "Output":
                n.put(key, PlanText.splitTopLevel(value));
                return;
            case "Sort Method":
                sortMethod(n, value);
                return;
            case "Buffers":
                buffers(n, value);
                return;
            case "Heap Blocks":
                for (String p : value.split(" ")) {
                    if (p.startsWith("exact=")) n.put("Exact Heap Blocks", num(p.substring(6)));
                    else if (p.startsWith("lossy=")) n.put("Lossy Heap Blocks", num(p.substring(6)));
                }
                return;
            case "Buckets":
            case "Batches":
            case "Planned Partitions":
            case "Hits":
                segments(n, content);
                return;
            default:
                Double d = numOrNull(value);
                n.put(key, d != null ? (Object) d : value);
        }
    }

    /** "quicksort  Memory: 25kB", "external merge  Disk: 34408kB". */
    private static void sortMethod(PgPlanNode n, String value) {
        int two = value.indexOf("  ");
        n.put("Sort Method", two < 0 ? value : value.substring(0, two).trim());
        if (two < 0) return;
        String space = value.substring(two).trim();
        int colon = space.indexOf(": ");
        if (colon < 0) return;
        n.put("Sort Space Type", space.substring(0, colon));
        n.put("Sort Space Used", kb(space.substring(colon + 2)));
    }

    /**
     * Lines of "Key: value" segments separated by two spaces: Hash ("Buckets: 2048 (originally 1024)  Batches: 2
     * (originally 1)  Memory Usage: 31kB"), HashAggregate ("Planned Partitions: 4  Batches: 5  Memory Usage: 4145kB
     * Disk Usage: 16384kB") and Memoize ("Hits: 10  Misses: 5  Evictions: 0  Overflows: 0  Memory Usage: 1kB").
     */
    private static void segments(PgPlanNode n, String content) {
        boolean hash = n.is("Hash");
        boolean memoize = n.is("Memoize");
        for (String seg : content.split("  ")) {
            String s = seg.trim();
            int colon = s.indexOf(": ");
            if (colon < 0) continue;
            String k = s.substring(0, colon);
            String v = s.substring(colon + 2).trim();
            String original = null;
            int orig = v.indexOf("(originally ");
            if (orig >= 0) {
                original = v.substring(orig + 12, v.indexOf(')', orig) < 0 ? v.length() : v.indexOf(')', orig)).trim();
                v = v.substring(0, orig).trim();
            }
            switch (k) {
                case "Buckets":
                    n.put("Hash Buckets", num(v));
                    n.put("Original Hash Buckets", original != null ? num(original) : num(v));
                    break;
                case "Batches":
                    if (hash) {
                        n.put("Hash Batches", num(v));
                        n.put("Original Hash Batches", original != null ? num(original) : num(v));
                    } else {
                        n.put("HashAgg Batches", num(v));
                    }
                    break;
                case "Memory Usage": n.put("Peak Memory Usage", kb(v)); break;
                case "Disk Usage": n.put("Disk Usage", kb(v)); break;
                case "Planned Partitions": n.put("Planned Partitions", num(v)); break;
                default:
                    if (memoize) n.put("Cache " + k, num(v));
                    else n.put(k, numOrNull(v) != null ? (Object) num(v) : v);
            }
        }
    }

    /** "shared hit=6618 read=11 dirtied=1 written=2, local hit=3, temp read=17668 written=23239". */
    private static void buffers(PgPlanNode n, String value) {
        for (String group : value.split(",")) {
            String[] words = group.trim().split(" ");
            if (words.length < 2) continue;
            String kind = words[0].substring(0, 1).toUpperCase() + words[0].substring(1);
            for (int i = 1; i < words.length; i++) {
                int eq = words[i].indexOf('=');
                if (eq <= 0) continue;
                String what = words[i].substring(0, eq);
                n.put(kind + " " + what.substring(0, 1).toUpperCase() + what.substring(1) + " Blocks", num(words[i].substring(eq + 1)));
            }
        }
    }

    // ---- after the tree ----

    /** A statement-level line; returns the section it opens ("Planning", "JIT") or null. */
    private static String statementLine(String content, Map<String, Object> statement, Map<String, String> settings,
                                        String text, LineIndex lines, int at) {
        if (content.equals("Planning:")) return "Planning";
        if (content.equals("JIT:")) return "JIT";
        int colon = content.indexOf(": ");
        if (colon < 0) {
            if (content.startsWith("(") && content.endsWith(")")) return null; // "(5 rows)" of psql
            throw new PlanParseException("unexpected text after the plan: '" + shorten(content) + "'", lines.line(at), lines.column(at));
        }
        String key = content.substring(0, colon);
        String value = content.substring(colon + 2).trim();
        if (key.equals("Settings")) {
            for (String s : PlanText.splitTopLevel(value)) {
                int eq = s.indexOf(" = ");
                if (eq > 0) settings.put(s.substring(0, eq).trim(), unquoteSetting(s.substring(eq + 3).trim()));
            }
        } else if (key.endsWith(" Time")) {
            statement.put(key, num(value.endsWith(" ms") ? value.substring(0, value.length() - 3) : value));
        } else {
            Double d = numOrNull(value);
            statement.put(key, d != null ? (Object) d : value);
        }
        return null;
    }

    private static String unquoteSetting(String v) {
        return v.length() >= 2 && v.charAt(0) == '\'' && v.charAt(v.length() - 1) == '\'' ? v.substring(1, v.length() - 1) : v;
    }

    /** "Functions: 3", "Options: Inlining false, ...", "Timing: Generation 0.5 ms, Inlining 0.0 ms, ..., Total 4.8 ms". */
    private static PgJit jit(Map<String, String> j) {
        Map<String, Double> timing = new LinkedHashMap<>();
        String t = j.get("Timing");
        if (t != null) {
            for (String part : PlanText.splitTopLevel(t)) {
                List<String> w = PlanText.words(part, " ");
                if (w.size() >= 2) timing.put(w.get(0), numOrNull(w.get(1)));
            }
        }
        String options = j.getOrDefault("Options", "");
        Double functions = numOrNull(j.getOrDefault("Functions", ""));
        return new PgJit(functions == null ? Double.NaN : functions, orNaN(timing.get("Generation")), orNaN(timing.get("Inlining")),
            orNaN(timing.get("Optimization")), orNaN(timing.get("Emission")), orNaN(timing.get("Total")),
            options.contains("Inlining true"), options.contains("Optimization true"));
    }

    // ---- after parsing: what the JSON format states and the text leaves to position ----

    private static void relationships(PgPlanNode n) {
        int plain = 0;
        for (PgPlanNode c : n.children()) if (c.parentRelationship() == null) plain++;
        int i = 0;
        for (PgPlanNode c : n.children()) {
            if (c.parentRelationship() != null) continue;
            String rel;
            if (n.is("Subquery Scan")) rel = "Subquery";
            else if (plain > 2 || n.is("Append") || n.is("Merge Append") || n.is("BitmapAnd") || n.is("BitmapOr")) rel = "Member";
            else rel = i == 0 ? "Outer" : "Inner";
            c.put("Parent Relationship", rel);
            i++;
        }
    }


    // ---- numbers ----

    private static double kb(String v) {
        String s = v.trim();
        if (s.endsWith("kB")) s = s.substring(0, s.length() - 2);
        return num(s);
    }

    private static Double num(String s) {
        Double d = numOrNull(s);
        return d == null ? Double.NaN : d;
    }

    private static Double numOrNull(String s) {
        String t = s.trim();
        if (t.isEmpty()) return null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+')) return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
