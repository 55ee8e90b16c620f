package dev.brickoptima.jvm.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleDocs;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.text.LineIndex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A self-contained HTML report: no external resource (styles and script inline), so it can be archived as a CI
 * artifact and opened offline. A summary by severity and rule, then per file its findings with the code snippet, the
 * flagged range highlighted and each fix as a diff, and plan trees with the flagged operators. Every text from the
 * input is escaped; the script only toggles visibility, so 10,000 findings stay usable (files with many findings start
 * collapsed).
 */
public final class HtmlReportWriter {
    /** Files with more findings than this start collapsed, so a huge report opens quickly. */
    static final int OPEN_LIMIT = 50;
    private static final int SNIPPET_CONTEXT = 1;
    private static final int SNIPPET_MAX_LINES = 12;

    private HtmlReportWriter() {
    }

    public static String write(List<AnalyzedInput> inputs, ReportContext ctx) {
        StringBuilder sb = new StringBuilder(1 << 16);
        long[] bySeverity = new long[Severity.values().length];
        Map<String, long[]> byRule = new TreeMap<>();
        int total = 0;
        for (AnalyzedInput in : inputs) {
            for (Finding f : in.report().findings()) {
                bySeverity[f.severity().ordinal()]++;
                byRule.computeIfAbsent(f.ruleId(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
                total++;
            }
        }
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
            .append("<title>BrickOptima report</title><style>").append(resource("report.css")).append("</style></head><body>\n");
        sb.append("<header><h1>BrickOptima report</h1><p class=\"meta\">").append(total).append(total == 1 ? " finding" : " findings")
            .append(" in ").append(inputs.size()).append(inputs.size() == 1 ? " input" : " inputs").append(" · BrickOptima ")
            .append(esc(ctx.toolVersion())).append("</p></header>\n");
        summary(sb, bySeverity, byRule, inputs);
        sb.append("<section id=\"files\"><h2>Findings by file</h2>\n");
        sb.append("<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by text, rule or path\" aria-label=\"Filter\">");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            sb.append("<label><input type=\"checkbox\" class=\"sev-toggle\" value=\"").append(s.label()).append("\" checked> ")
                .append(s.label()).append("</label>");
        }
        sb.append("<span id=\"shown\"></span></div>\n");
        for (AnalyzedInput in : inputs) file(sb, in, ctx);
        sb.append("</section>\n<script>").append(resource("report.js")).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static void summary(StringBuilder sb, long[] bySeverity, Map<String, long[]> byRule, List<AnalyzedInput> inputs) {
        sb.append("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            sb.append("<div class=\"card sev-").append(s.label()).append("\"><span class=\"n\">").append(bySeverity[s.ordinal()])
                .append("</span><span class=\"l\">").append(s.label()).append("</span></div>");
        }
        long unreadable = inputs.stream().filter(i -> !i.report().errors().isEmpty()).count();
        if (unreadable > 0) {
            sb.append("<div class=\"card sev-error\"><span class=\"n\">").append(unreadable).append("</span><span class=\"l\">inputs not fully analysed</span></div>");
        }
        sb.append("</div>");
        if (!byRule.isEmpty()) {
            sb.append("<table class=\"rules\"><thead><tr><th>Rule</th><th>Title</th><th>error</th><th>warning</th><th>info</th></tr></thead><tbody>");
            for (Map.Entry<String, long[]> e : byRule.entrySet()) {
                RuleMetadata m = RuleRegistry.byId(e.getKey());
                sb.append("<tr><td><a href=\"").append(esc(RuleDocs.url(e.getKey()))).append("\">").append(esc(e.getKey())).append("</a></td><td>")
                    .append(m == null ? "" : esc(m.title())).append("</td>");
                for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                    long n = e.getValue()[s.ordinal()];
                    sb.append("<td class=\"num\">").append(n == 0 ? "" : String.valueOf(n)).append("</td>");
                }
                sb.append("</tr>");
            }
            sb.append("</tbody></table>");
        }
        sb.append("</section>\n");
    }

    private static void file(StringBuilder sb, AnalyzedInput in, ReportContext ctx) {
        InputReport r = in.report();
        String path = ctx.displayPath(in);
        List<ReportTree.Titled> trees = new ArrayList<>(SparkPlanTrees.of(in));
        trees.addAll(PgPlanTrees.of(in));
        if (r.findings().isEmpty() && r.errors().isEmpty() && trees.isEmpty()) return;
        sb.append("<details class=\"file\"").append(r.findings().size() <= OPEN_LIMIT ? " open" : "").append(" data-path=\"")
            .append(esc(path)).append("\"><summary><span class=\"path\">").append(esc(path)).append("</span>");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            long n = r.count(s);
            if (n > 0) sb.append(" <span class=\"badge sev-").append(s.label()).append("\">").append(n).append(' ').append(s.label()).append("</span>");
        }
        sb.append("</summary>\n");
        for (String e : r.errors()) sb.append("<p class=\"input-error\">Not analysed: ").append(esc(e)).append("</p>\n");
        LineIndex lines = in.offsetsInText() ? new LineIndex(in.text()) : null;
        for (Finding f : r.findings()) finding(sb, f, in, lines, path);
        for (ReportTree.Titled t : trees) {
            sb.append("<div class=\"plan\"><h3>").append(esc(t.title())).append("</h3><ul class=\"tree\">");
            node(sb, t.root());
            sb.append("</ul></div>\n");
        }
        sb.append("</details>\n");
    }

    private static void finding(StringBuilder sb, Finding f, AnalyzedInput in, LineIndex lines, String path) {
        String sev = f.severity().label();
        sb.append("<article class=\"finding sev-").append(sev).append("\" data-sev=\"").append(sev).append("\" data-rule=\"")
            .append(esc(f.ruleId())).append("\"><div class=\"head\"><span class=\"sev\">").append(sev).append("</span> <a class=\"rule\" href=\"")
            .append(esc(RuleDocs.url(f.ruleId()))).append("\">").append(esc(f.ruleId())).append("</a> ");
        if (lines != null) sb.append("<span class=\"loc\">").append(f.location().line()).append(':').append(f.location().column()).append("</span> ");
        if (f.location().operatorId() != null) sb.append("<span class=\"loc\">operator ").append(esc(f.location().operatorId())).append("</span> ");
        sb.append("<span class=\"msg\">").append(esc(f.message())).append("</span></div>");
        if (lines != null) snippet(sb, in.text(), lines, f);
        if (f.detail() != null && !f.detail().isBlank()) sb.append("<p class=\"detail\">").append(esc(f.detail())).append("</p>");
        for (Fix fx : f.fixes()) {
            sb.append("<div class=\"fix\"><span class=\"kind\">").append(fx.isHint() ? "hint" : "fix").append("</span> ").append(esc(fx.description())).append("</div>");
            if (!fx.isHint() && lines != null) {
                sb.append("<pre class=\"diff\">");
                for (String line : UnifiedDiff.of(path, in.text(), fx.edits()).split("\n")) {
                    String cls = line.startsWith("+++") || line.startsWith("---") ? "hdr" : line.startsWith("@@") ? "hunk"
                        : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "ctx";
                    sb.append("<span class=\"").append(cls).append("\">").append(esc(line)).append("</span>"); // block spans: no newline
                }
                sb.append("</pre>");
            }
        }
        sb.append("</article>\n");
    }

    private static void snippet(StringBuilder sb, String text, LineIndex lines, Finding f) {
        int start = Math.max(0, Math.min(f.location().start(), text.length()));
        int end = Math.max(start, Math.min(f.location().end(), text.length()));
        int first = Math.max(1, lines.line(start) - SNIPPET_CONTEXT);
        int last = Math.min(lines.lineCount(), Math.max(lines.line(Math.max(start, end - 1)) + SNIPPET_CONTEXT, first));
        if (last - first + 1 > SNIPPET_MAX_LINES) last = first + SNIPPET_MAX_LINES - 1;
        sb.append("<pre class=\"snippet\">");
        for (int ln = first; ln <= last; ln++) {
            int ls = lines.offset(ln, 1);
            int le = lineEnd(text, lines, ln);
            sb.append("<span class=\"ln\">").append(ln).append("</span>");
            int hs = Math.max(ls, start);
            int he = Math.min(le, end);
            if (hs < he) {
                sb.append(esc(text.substring(ls, hs))).append("<mark>").append(esc(text.substring(hs, he))).append("</mark>").append(esc(text.substring(he, le)));
            } else {
                sb.append(esc(text.substring(ls, le)));
            }
            sb.append('\n');
        }
        sb.append("</pre>");
    }

    private static void node(StringBuilder sb, ReportTree n) {
        String worst = null;
        for (ReportTree.Flag fl : n.flags()) {
            if (worst == null || Severity.parse(fl.severity()).atLeast(Severity.parse(worst))) worst = fl.severity();
        }
        sb.append("<li><div class=\"node").append(worst == null ? "" : " flagged sev-" + worst).append("\"><span class=\"label\">")
            .append(esc(n.label())).append("</span>");
        for (ReportTree.Flag fl : n.flags()) {
            sb.append("<div class=\"flag sev-").append(esc(fl.severity())).append("\"><a href=\"").append(esc(RuleDocs.url(fl.ruleId())))
                .append("\">").append(esc(fl.ruleId())).append("</a> ").append(esc(fl.message())).append("</div>");
        }
        if (!n.details().isEmpty()) {
            sb.append("<div class=\"details\">");
            for (String d : n.details()) sb.append("<div>").append(esc(d)).append("</div>");
            sb.append("</div>");
        }
        sb.append("</div>");
        if (!n.children().isEmpty()) {
            sb.append("<ul>");
            for (ReportTree c : n.children()) node(sb, c);
            sb.append("</ul>");
        }
        sb.append("</li>");
    }

    /** HTML escaping for text and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&': rep = "&amp;"; break;
                case '<': rep = "&lt;"; break;
                case '>': rep = "&gt;"; break;
                case '"': rep = "&quot;"; break;
                case '\'': rep = "&#39;"; break;
                default: rep = null;
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) sb.append(rep);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** End of a 1-based line without its terminator. */
    private static int lineEnd(String text, LineIndex lines, int line) {
        int start = lines.offset(line, 1);
        int e = line < lines.lineCount() ? lines.offset(line + 1, 1) : text.length();
        while (e > start && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) e--;
        return e;
    }
}
