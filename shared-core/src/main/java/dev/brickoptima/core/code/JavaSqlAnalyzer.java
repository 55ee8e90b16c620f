package dev.brickoptima.core.code;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Finds SQL in one Java file, through the host's {@link JavaCodeView}, and reports SQL rule findings and SQL
 * injection in file offsets with fixes as file edits. The same for every host.
 * <ol>
 *   <li>A sink claims first: SQL given to a known method or annotation ({@link SqlSinks}) is analysed with the SQL
 *   rules (whole statements) and checked for injection ({@link InjectionCheck}).</li>
 *   <li>Then the heuristic: remaining string literals and concatenations that clearly are SQL
 *   ({@link SqlLiteralHeuristic}); one that does not parse is dropped. Literals inside annotations are left to the
 *   sink catalog (a JPQL {@code @Query} is not SQL).</li>
 * </ol>
 * Constants: SQL read from a final field or an effectively final local declared in this file is reported once, in
 * its declaration, where the user fixes it; each use at a sink is a related location, and a suppression comment at
 * either place counts. A constant declared in another file is reported on the name that uses it.
 * Immutable and thread-safe; analyses are cached by SQL text and layout.
 */
public final class JavaSqlAnalyzer {
    /** At most this many SQL sites are analysed per file. */
    public static final int MAX_SITES = 2_000;
    /** The core's text-only injection rule; where the code is known, {@link InjectionCheck} judges with the holes' types. */
    static final String TEXT_INJECTION_RULE = "sql-injection-risk";
    private static final int CACHE_ENTRIES = 4_000;

    private final AnalyzerConfig config;
    private final TemplateAnalyzer sql;
    private final SqlLiteralHeuristic heuristic;
    private final SinkCatalog sinks;
    private final Map<String, SqlAnalysis> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SqlAnalysis> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private long cacheHits;
    private long cacheMisses;

    public JavaSqlAnalyzer(AnalyzerConfig config, TemplateAnalyzer sql, boolean heuristicLiterals) {
        this.config = config;
        this.sql = sql;
        this.heuristic = SqlLiteralHeuristic.of(heuristicLiterals);
        this.sinks = SinkCatalog.of(config.sinks());
    }

    public AnalyzerConfig config() {
        return config;
    }

    public boolean heuristicLiterals() {
        return heuristic.enabled();
    }

    /** The sinks this analysis knows: the built-in ones and those the configuration declares. */
    public SinkCatalog sinks() {
        return sinks;
    }

    /** Every SQL finding and injection in the file, in source order; stops early (with what it has) when cancelled. */
    public <N> List<CodeFinding> analyze(JavaCodeView<N> view, BooleanSupplier cancelled) {
        return analyze(view, null, cancelled);
    }

    /**
     * As {@link #analyze(JavaCodeView, BooleanSupplier)} for a file of a project whose JDBC driver says it talks to
     * {@code projectDatabase} (null: unknown): SQL there is read in that dialect unless the configuration declares one
     * (a sink's own dialect, as Spark for {@code spark.sql}, always wins).
     */
    public <N> List<CodeFinding> analyze(JavaCodeView<N> view, Dialect projectDatabase, BooleanSupplier cancelled) {
        return new FileScan<>(view, config.dialectFor(projectDatabase)).scan(cancelled);
    }

    /**
     * The SQL string {@code literal} belongs to (the whole concatenation) analysed whatever it looks like, as an
     * "Analyze SQL" action does for the literal under the cursor. SQL rule findings only.
     */
    public <N> List<CodeFinding> analyzeAt(JavaCodeView<N> view, N literal) {
        return analyzeAt(view, literal, null);
    }

    /** As {@link #analyzeAt(JavaCodeView, Object)} in a project whose JDBC driver tells {@code projectDatabase}. */
    public <N> List<CodeFinding> analyzeAt(JavaCodeView<N> view, N literal, Dialect projectDatabase) {
        FileScan<N> scan = new FileScan<>(view, config.dialectFor(projectDatabase));
        CodeSql<N> code = scan.builder.build(scan.topOf(literal));
        if (code == null || !code.hasLiteral()) return List.of();
        scan.rules(code, null, false, false, scan.dialect);
        return scan.finish();
    }

    /** Cache statistics, for benchmarks and tests. */
    public synchronized long cacheHits() {
        return cacheHits;
    }

    public synchronized long cacheMisses() {
        return cacheMisses;
    }


    private SqlAnalysis analyzeCached(Dialect dialect, CodeSql<?> code) {
        String key = dialect.label() + '\u0004' + code.cacheKey();
        synchronized (this) {
            SqlAnalysis a = cache.get(key);
            if (a != null) {
                cacheHits++;
                return a;
            }
            cacheMisses++;
        }
        SqlAnalysis a = sql.analyze(code.template(), dialect);
        synchronized (this) {
            cache.put(key, a);
        }
        return a;
    }

    /** The work on one file. */
    private final class FileScan<N> {
        private final JavaCodeView<N> view;
        /** The dialect of SQL in this file, unless its sink has its own. */
        private final Dialect dialect;
        private final CodeSqlBuilder<N> builder;
        private final JavaSourceText source;
        private final LineIndex lines;
        private final CodeSuppressions suppressions;
        private final BindParameterEdits<N> binds;
        private final BuiltSql<N> builtSql;
        private final Map<String, CodeFinding> out = new LinkedHashMap<>();
        /** Start offsets of literals already analysed at a sink (the heuristic skips them). */
        private final Set<Integer> consumed = new HashSet<>();

        FileScan(JavaCodeView<N> view, Dialect dialect) {
            this.view = view;
            this.dialect = dialect;
            this.builder = new CodeSqlBuilder<>(view);
            this.source = new JavaSourceText(view.text());
            this.lines = new LineIndex(view.text());
            this.suppressions = new CodeSuppressions(source, lines);
            this.binds = new BindParameterEdits<>(view, source);
            this.builtSql = new BuiltSql<>(view, builder);
        }

        List<CodeFinding> scan(BooleanSupplier cancelled) {
            int budget = MAX_SITES;
            for (SinkUse<N> use : SinkUse.find(view, sinks)) {
                if (cancelled.getAsBoolean() || budget-- <= 0) return finish();
                sinkUse(use);
            }
            if (!heuristic.enabled()) return finish();
            Set<Integer> roots = new HashSet<>();
            for (N literal : view.stringLiterals()) {
                if (view.insideAnnotation(literal)) continue;
                N root = topOf(literal);
                if (!roots.add(view.start(root))) continue;
                if (cancelled.getAsBoolean() || budget-- <= 0) return finish();
                CodeSql<N> code = builder.build(root);
                if (code == null || !code.hasLiteral() || consumed.contains(code.firstLiteralStart())) continue;
                if (!heuristic.looksLikeSql(code.template().text())) continue;
                rules(code, null, true, false, dialect);
            }
            return finish();
        }

        private void sinkUse(SinkUse<N> use) {
            N root = builder.sqlRoot(use.argument());
            site(use, root, root == use.argument() ? null : use.argument(), root == use.argument(), 0);
        }

        /**
         * The SQL {@code root} gives to a sink. {@code related} is the sink argument when the SQL is written elsewhere;
         * {@code atCall} whether the SQL is the argument itself (so the bind fix can rewrite the call).
         */
        private void site(SinkUse<N> use, N root, N related, boolean atCall, int depth) {
            SqlSink sink = use.sink();
            N u = builder.unparen(root);
            JavaCodeView.Kind kind = view.kind(u);
            // each branch of ?: or of a switch expression is a statement of its own
            if ((kind == JavaCodeView.Kind.CONDITIONAL || kind == JavaCodeView.Kind.SWITCH) && depth < 4) {
                for (N branch : view.operands(u)) {
                    N r = builder.sqlRoot(branch);
                    site(use, r, related != null ? related : r == branch ? null : use.argument(), false, depth + 1);
                }
                return;
            }
            if (!sink.isAnnotation()) {
                JavaVariable<N> built = builtSql.variableOf(u);
                if (built != null) {
                    builtSql(use, built);
                    return;
                }
            }
            boolean myBatis = sink.placeholders() == SqlSink.Placeholders.MYBATIS;
            CodeSql<N> code = myBatis ? builder.build(root, use.annotation() == null ? List.of() : view.annotatedMethodParameters(use.annotation()))
                : builder.build(root);
            if (code == null) return;
            consume(code);
            // a parameter or a method result: nothing is known about the text, and wrappers that pass SQL through are common
            if (!code.hasLiteral()) return;
            // MyBatis dynamic SQL (<script>) is decided at run time by its XML tags: only its ${} are checked
            boolean script = myBatis && MyBatisText.isScript(code.template().text());
            if (sink.shape() == SqlSink.Shape.STATEMENT && !script) rules(code, related, false, true, dialectOf(sink));
            if (myBatis) myBatisSubstitutions(code, related);
            else injection(use, code, related, atCall, true);
        }

        /** The dialect of a sink's SQL: the sink's own (Spark for {@code spark.sql}), else the file's. */
        private Dialect dialectOf(SqlSink sink) {
            return sink.dialect() != null ? sink.dialect() : dialect;
        }

        /** SQL a local builds up piece by piece: each piece checked for injection; the SQL rules cannot read the whole. */
        private void builtSql(SinkUse<N> use, JavaVariable<N> v) {
            for (BuiltSql.Piece<N> piece : builtSql.pieces(v)) {
                consume(piece.sql());
                injection(use, piece.sql(), use.argument(), false, piece.atStart());
            }
        }

        private void consume(CodeSql<N> code) {
            for (CodeSql.Part<N> p : code.parts()) if (p.editable()) consumed.add(p.start());
        }

        /** The SQL rules on one statement, in {@code dialect}. */
        void rules(CodeSql<N> code, N related, boolean heuristicOnly, boolean atSink, Dialect dialect) {
            SqlAnalysis analysis = analyzeCached(dialect, code);
            int base = code.base();
            boolean parseError = false;
            for (Finding f : analysis.findings()) if (f.ruleId().equals(EngineRules.PARSE_ERROR.id())) parseError = true;
            // a heuristic guess that does not parse was probably not SQL: stay quiet rather than cry wolf
            if (heuristicOnly && parseError) return;
            for (Finding f : analysis.findings()) {
                if (heuristicOnly && isEngineRule(f.ruleId())) continue;
                // placeholders for unknown parts can make valid code unparseable
                if (f.ruleId().equals(EngineRules.PARSE_ERROR.id()) && code.hasHole()) continue;
                // with the Java types known, InjectionCheck judges concatenation; the text-only rule would guess
                if (f.ruleId().equals(TEXT_INJECTION_RULE) && (atSink || code.hasHole())) continue;
                int start = f.location().start() + base;
                int end = Math.max(start, f.location().end() + base);
                if (suppressed(code.root(), related, f.ruleId())) continue;
                List<Fix> fixes = new ArrayList<>();
                for (Fix fix : f.fixes()) {
                    Fix java = fix.isHint() ? fix : toJava(code, fix, base);
                    if (java != null) fixes.add(java);
                }
                add(new Finding(f.ruleId(), f.severity(), f.message(), location(start, end), fixes, f.detail()), code.root(), related);
            }
        }

        /**
         * Injection at a sink: every untrusted hole. A hole that starts the statement ({@code atStart}) is SQL text passed
         * through ({@code sql + " LIMIT 10"}), not a value spliced into it.
         */
        private void injection(SinkUse<N> use, CodeSql<N> code, N related, boolean atCall, boolean atStart) {
            if (!config.isEnabled(InjectionCheck.METADATA)) return;
            List<Integer> risky = InjectionCheck.riskyHoles(use.sink(), code.sqlParts(), atStart);
            if (risky.isEmpty() || CodeSuppressions.suppressedInSql(code.template().text(), InjectionCheck.METADATA.id())) return;
            Fix bind = atCall ? binds.forCall(use.sink(), use.call(), use.argument(), code) : null;
            for (int i : risky) {
                CodeSql.Part<N> hole = code.parts().get(i);
                if (suppressed(hole.node(), use.argument(), InjectionCheck.METADATA.id())) continue;
                String message = InjectionCheck.message(use.sink(), hole.part().expression());
                add(injectionFinding(message, hole, bind), hole.node(), related);
            }
        }

        /** MyBatis {@code ${x}} pastes text into the SQL; where a value goes, {@code #{x}} binds it instead. */
        private void myBatisSubstitutions(CodeSql<N> code, N related) {
            if (!config.isEnabled(InjectionCheck.METADATA) || CodeSuppressions.suppressedInSql(code.template().text(), InjectionCheck.METADATA.id())) return;
            for (int i = 0; i < code.parts().size(); i++) {
                CodeSql.Part<N> p = code.parts().get(i);
                if (!p.part().isHole() || p.part().safe() || p.node() != null) continue;
                if (suppressed(code.root(), related, InjectionCheck.METADATA.id())) return;
                add(injectionFinding(InjectionCheck.myBatisMessage(p.part().expression()), p, binds.myBatis(code, i)), code.root(), related);
            }
        }

        private Finding injectionFinding(String message, CodeSql.Part<N> hole, Fix fix) {
            return new Finding(InjectionCheck.METADATA.id(), config.severityOf(InjectionCheck.METADATA), message,
                location(hole.start(), hole.end()), fix == null ? List.of() : List.of(fix), InjectionCheck.METADATA.rationale());
        }

        /** A Java comment at the statement holding the SQL, or at the use it is related to, suppresses the rule. */
        private boolean suppressed(N at, N related, String ruleId) {
            JavaStatement s = at == null ? null : view.statementOf(at);
            if (s != null && suppressions.suppresses(s.start(), ruleId)) return true;
            JavaStatement r = related == null ? null : view.statementOf(related);
            return r != null && suppressions.suppresses(r.start(), ruleId);
        }

        private void add(Finding f, N at, N related) {
            String key = f.ruleId() + "@" + f.location().start() + ":" + f.location().end() + ":" + f.message();
            List<Location> rel = new ArrayList<>();
            CodeFinding before = out.get(key);
            if (before != null) rel.addAll(before.related());
            if (related != null) {
                Location l = location(view.start(related), view.end(related));
                if (!rel.contains(l)) rel.add(l);
            }
            JavaStatement s = at == null ? null : view.statementOf(at);
            Fix suppression = s == null ? null : suppressions.fix(s.start(), f.ruleId());
            out.put(key, new CodeFinding(before != null ? before.finding() : f, suppression, rel));
        }

        /** The core's edit in SQL terms becomes a file edit: the replacement escaped for the literal it lands in. */
        private Fix toJava(CodeSql<N> code, Fix fix, int base) {
            List<TextEdit> edits = new ArrayList<>();
            for (TextEdit e : fix.edits()) {
                int s = e.start() + base;
                int t = e.end() + base;
                CodeSql.Part<N> lit = code.literalAt(s, t);
                if (lit == null) return null;
                edits.add(new TextEdit(s, t, lit.literal().escape(e.replacement())));
            }
            return new Fix(fix.description(), edits);
        }

        private Location location(int start, int end) {
            return new Location(start, end, lines.line(start), lines.column(start), lines.line(end), lines.column(end), null);
        }

        /** The outermost concatenation (or parentheses) the expression is an operand of. */
        N topOf(N e) {
            N cur = e;
            for (int guard = 0; guard < 10_000; guard++) {
                N parent = view.parent(cur);
                if (parent == null) return cur;
                JavaCodeView.Kind k = view.kind(parent);
                if (k != JavaCodeView.Kind.CONCATENATION && k != JavaCodeView.Kind.PARENTHESIZED) return cur;
                cur = parent;
            }
            return cur;
        }

        List<CodeFinding> finish() {
            List<CodeFinding> list = new ArrayList<>();
            for (CodeFinding f : out.values()) list.add(f.related().isEmpty() ? f : withUses(f));
            list.sort(Comparator.comparingInt(CodeFinding::start).thenComparing(CodeFinding::ruleId));
            return list;
        }
    }

    /**
     * SQL read from a constant or variable names where it is used, in the message itself: every host shows the
     * message, while few can show related locations.
     */
    private static CodeFinding withUses(CodeFinding f) {
        StringBuilder sb = new StringBuilder(f.finding().message()).append(f.related().size() == 1 ? " (used at line " : " (used at lines ");
        for (int i = 0; i < f.related().size(); i++) sb.append(i == 0 ? "" : ", ").append(f.related().get(i).line());
        return new CodeFinding(f.finding().withMessage(sb.append(')').toString()), f.suppression(), f.related());
    }

    private static boolean isEngineRule(String id) {
        for (RuleMetadata m : EngineRules.ALL) if (m.id().equals(id)) return true;
        return false;
    }
}
