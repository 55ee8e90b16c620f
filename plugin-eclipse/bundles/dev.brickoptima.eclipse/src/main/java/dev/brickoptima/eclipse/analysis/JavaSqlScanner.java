package dev.brickoptima.eclipse.analysis;

import dev.brickoptima.core.code.InjectionCheck;
import dev.brickoptima.core.code.PreparedRewrite;
import dev.brickoptima.core.code.SqlLiteralHeuristic;
import dev.brickoptima.core.code.SqlSink;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.Annotation;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.MethodInvocation;
import org.eclipse.jdt.core.dom.NormalAnnotation;
import org.eclipse.jdt.core.dom.SingleMemberAnnotation;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.SuperMethodInvocation;
import org.eclipse.jdt.core.dom.TextBlock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Finds SQL in a Java compilation unit (a JDT DOM AST, with bindings for sink detection) and analyses it with the
 * core: SQL given to a known sink (resolved through {@link SinkResolver}), string literals and concatenations that
 * clearly are SQL ({@link SqlLiteralHeuristic}), constants and text blocks; plus SQL injection where a non-constant
 * string is concatenated into SQL that a sink runs. Results are in source offsets with fixes as Java edits.
 * Thread-safe; work per file is bounded by a literal count and a time budget, and stops when cancelled.
 */
public final class JavaSqlScanner {
    /** Analyses at most this many SQL candidates per file. */
    static final int MAX_CANDIDATES = 2_000;
    /** The core's template-only injection rule; superseded at sinks by {@link InjectionCheck}. */
    private static final String CORE_INJECTION_RULE = "sql-injection-risk";

    private final AnalyzerConfig config;
    private final BoundedSqlAnalyzer analyzer;
    private final SqlLiteralHeuristic heuristic;
    private final long fileBudgetMillis;

    public JavaSqlScanner(AnalyzerConfig config, boolean heuristicLiterals, long fileBudgetMillis) {
        this.config = config;
        this.analyzer = new BoundedSqlAnalyzer(config);
        this.heuristic = SqlLiteralHeuristic.of(heuristicLiterals);
        this.fileBudgetMillis = fileBudgetMillis;
    }

    public JavaSqlScanner(AnalyzerConfig config) {
        this(config, true, 10_000);
    }

    public AnalyzerConfig config() {
        return config;
    }

    /** A call or annotation argument that is SQL. */
    private record SinkUse(Expression argument, SqlSink sink, ASTNode call) {
    }

    public List<JavaSqlProblem> scan(CompilationUnit cu, String source, BooleanSupplier cancelled) {
        long deadline = System.currentTimeMillis() + fileBudgetMillis;
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || System.currentTimeMillis() > deadline;
        PartsBuilder builder = new PartsBuilder(cu, source);
        JavaSuppressions suppressions = new JavaSuppressions(cu, source);
        List<JavaSqlProblem> out = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>(); // start offsets of literals already analysed
        int budget = MAX_CANDIDATES;

        for (SinkUse use : sinkUses(cu)) {
            if (stop.getAsBoolean() || budget-- <= 0) return finish(out);
            CodeSql sql = builder.build(use.argument());
            if (use.sink().placeholders() == SqlSink.Placeholders.MYBATIS) sql = sql.splitMyBatis();
            for (CodeSql.Origin o : sql.origins) if (o != null && o.editable()) consumed.add(o.sourceStart());
            if (use.sink().shape() == SqlSink.Shape.STATEMENT && sql.hasLiteral()) {
                analyse(cu, sql, use.argument(), false, true, suppressions, out);
            }
            injection(cu, source, sql, use, suppressions, out);
        }

        for (Expression root : literalRoots(cu)) {
            if (stop.getAsBoolean() || budget-- <= 0) return finish(out);
            if (consumed.contains(firstLiteralStart(root))) continue;
            CodeSql sql = builder.build(root);
            if (!sql.hasLiteral() || !heuristic.looksLikeSql(sql.template().text())) continue;
            for (CodeSql.Origin o : sql.origins) if (o != null && o.editable()) consumed.add(o.sourceStart());
            analyse(cu, sql, root, true, false, suppressions, out);
        }
        return finish(out);
    }

    /**
     * Analyses the SQL string at {@code offset} (a literal, text block or the concatenation holding it) whatever it
     * looks like, as "Analyze SQL" does for the literal under the cursor. Null when there is no string there.
     */
    public List<JavaSqlProblem> scanAt(CompilationUnit cu, String source, int offset) {
        org.eclipse.jdt.core.dom.NodeFinder finder = new org.eclipse.jdt.core.dom.NodeFinder(cu, offset, 0);
        ASTNode n = finder.getCoveringNode();
        while (n != null && !(n instanceof StringLiteral) && !(n instanceof TextBlock)) {
            if (n instanceof org.eclipse.jdt.core.dom.Statement || n instanceof org.eclipse.jdt.core.dom.BodyDeclaration) return null;
            n = n.getParent();
        }
        if (n == null) return null;
        Expression root = (Expression) n;
        ASTNode p = root.getParent();
        while (p instanceof Expression && (PartsBuilder.isConcat((Expression) p) || p instanceof org.eclipse.jdt.core.dom.ParenthesizedExpression)) {
            root = (Expression) p;
            p = p.getParent();
        }
        CodeSql sql = new PartsBuilder(cu, source).build(root);
        List<JavaSqlProblem> out = new ArrayList<>();
        if (sql.hasLiteral()) analyse(cu, sql, root, false, false, new JavaSuppressions(cu, source), out);
        return finish(out);
    }

    private void analyse(CompilationUnit cu, CodeSql sql, ASTNode anchor, boolean heuristicOnly, boolean atSink,
                         JavaSuppressions sup, List<JavaSqlProblem> out) {
        SqlAnalysis analysis = analyzer.analyze(sql.template());
        for (Finding f : analysis.findings()) {
            // at a known sink, injection is judged by InjectionCheck with the holes' Java types (ints are harmless)
            if (atSink && CORE_INJECTION_RULE.equals(f.ruleId())) continue;
            // a heuristic guess that does not parse was probably not SQL: stay quiet rather than cry wolf
            if (heuristicOnly && isEngineRule(f.ruleId())) continue;
            if (sup.suppresses(anchor, f.ruleId())) continue;
            int start = f.location().start();
            int end = Math.max(start, f.location().end());
            List<Fix> fixes = new ArrayList<>();
            for (Fix fix : f.fixes()) {
                Fix java = toJava(sql, fix);
                if (java != null) fixes.add(java);
            }
            out.add(JavaSqlProblem.of(f, start, end, cu.getLineNumber(start), fixes, sup.suppressionFor(anchor, f.ruleId())));
        }
    }

    private static boolean isEngineRule(String id) {
        for (var m : EngineRules.ALL) if (m.id().equals(id)) return true;
        return false;
    }

    /** The core's edit in SQL terms becomes a Java edit: the replacement escaped for the literal it lands in. */
    static Fix toJava(CodeSql sql, Fix fix) {
        if (fix.isHint()) return null;
        List<TextEdit> edits = new ArrayList<>();
        for (TextEdit e : fix.edits()) {
            CodeSql.Origin o = sql.literalAt(e.start(), e.end());
            if (o == null || !o.editable()) return null;
            edits.add(new TextEdit(e.start(), e.end(), o.literal().escape(e.replacement())));
        }
        return new Fix(fix.description(), edits);
    }

    private void injection(CompilationUnit cu, String source, CodeSql sql, SinkUse use, JavaSuppressions sup, List<JavaSqlProblem> out) {
        if (!config.isEnabled(InjectionCheck.METADATA)) return;
        List<Integer> risky = InjectionCheck.riskyHoles(use.sink(), sql.parts);
        if (risky.isEmpty()) return;
        if (sup.suppresses(use.argument(), InjectionCheck.METADATA.id())) return;
        Fix bind = bindFix(source, sql, use);
        for (int i : risky) {
            Expression hole = sql.holes.get(i);
            int start = hole.getStartPosition();
            int end = start + hole.getLength();
            Finding f = new Finding(InjectionCheck.METADATA.id(), config.severityOf(InjectionCheck.METADATA),
                InjectionCheck.message(use.sink(), sql.parts.get(i).expression()), null, List.of(), InjectionCheck.METADATA.rationale());
            out.add(JavaSqlProblem.of(f, start, end, cu.getLineNumber(start), bind == null ? List.of() : List.of(bind),
                sup.suppressionFor(use.argument(), InjectionCheck.METADATA.id())));
        }
    }

    /**
     * The bind-parameter rewrite where the sink takes values after the SQL and the SQL is written at the call:
     * the concatenation becomes one literal with placeholders and the values are passed as arguments.
     */
    private static Fix bindFix(String source, CodeSql sql, SinkUse use) {
        if (sql.indirect || !(use.call() instanceof MethodInvocation)) return null;
        MethodInvocation call = (MethodInvocation) use.call();
        SqlSink.Bind bind = use.sink().bind();
        if (bind != SqlSink.Bind.TRAILING_ARGS && bind != SqlSink.Bind.OBJECT_ARRAY && bind != SqlSink.Bind.SET_PARAMETER) return null;
        PreparedRewrite rw = InjectionCheck.rewrite(sql.parts, bind == SqlSink.Bind.SET_PARAMETER);
        if (rw == null || rw.params().isEmpty()) return null;
        List<String> values = new ArrayList<>();
        for (PreparedRewrite.Param p : rw.params()) values.add(p.javaExpression());
        Expression arg = use.argument();
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(arg.getStartPosition(), arg.getStartPosition() + arg.getLength(), rw.javaExpression()));
        List<?> args = call.arguments();
        ASTNode lastArg = (ASTNode) args.get(args.size() - 1);
        int afterLast = lastArg.getStartPosition() + lastArg.getLength();
        switch (bind) {
            case TRAILING_ARGS:
                edits.add(new TextEdit(afterLast, afterLast, ", " + String.join(", ", values)));
                break;
            case OBJECT_ARRAY:
                if (args.size() != 1) return null;
                edits.add(new TextEdit(afterLast, afterLast, ", new Object[] {" + String.join(", ", values) + "}"));
                break;
            default: {
                StringBuilder sb = new StringBuilder();
                for (PreparedRewrite.Param p : rw.params()) sb.append(".setParameter(").append(p.position() + 1).append(", ").append(p.javaExpression()).append(')');
                int end = call.getStartPosition() + call.getLength();
                edits.add(new TextEdit(end, end, sb.toString()));
            }
        }
        edits.sort(Comparator.comparingInt(TextEdit::start));
        return new Fix("Pass the concatenated values as bind parameters", edits);
    }

    private static List<SinkUse> sinkUses(CompilationUnit cu) {
        List<SinkUse> uses = new ArrayList<>();
        cu.accept(new ASTVisitor() {
            @Override
            public boolean visit(MethodInvocation mi) {
                addCall(mi.resolveMethodBinding(), mi.getName().getIdentifier(), mi.arguments(), mi);
                return true;
            }

            @Override
            public boolean visit(SuperMethodInvocation mi) {
                addCall(mi.resolveMethodBinding(), mi.getName().getIdentifier(), mi.arguments(), mi);
                return true;
            }

            private void addCall(org.eclipse.jdt.core.dom.IMethodBinding b, String name, List<?> args, ASTNode call) {
                if (b == null) return;
                for (int i = 0; i < args.size(); i++) {
                    SqlSink sink = SinkResolver.forArgument(b, name, i);
                    if (sink != null) uses.add(new SinkUse((Expression) args.get(i), sink, call));
                }
            }

            @Override
            public boolean visit(SingleMemberAnnotation a) {
                addAnnotation(a);
                return true;
            }

            @Override
            public boolean visit(NormalAnnotation a) {
                addAnnotation(a);
                return true;
            }

            private void addAnnotation(Annotation a) {
                SqlSink sink = SinkResolver.forAnnotation(a);
                Expression v = sink == null ? null : SinkResolver.annotationValue(a);
                if (v != null) uses.add(new SinkUse(v, sink, a));
            }
        });
        return uses;
    }

    /** Each string literal's outermost enclosing concatenation (or the literal itself), in source order, once. */
    private static List<Expression> literalRoots(CompilationUnit cu) {
        List<Expression> roots = new ArrayList<>();
        Set<ASTNode> seen = new HashSet<>();
        cu.accept(new ASTVisitor() {
            @Override
            public boolean visit(StringLiteral s) {
                add(s);
                return false;
            }

            @Override
            public boolean visit(TextBlock t) {
                add(t);
                return false;
            }

            private void add(Expression lit) {
                Expression root = lit;
                ASTNode p = lit.getParent();
                while (p instanceof Expression && (PartsBuilder.isConcat((Expression) p) || p instanceof org.eclipse.jdt.core.dom.ParenthesizedExpression)) {
                    root = (Expression) p;
                    p = p.getParent();
                }
                if (seen.add(root)) roots.add(root);
            }
        });
        return roots;
    }

    private static int firstLiteralStart(Expression root) {
        int[] first = {-1};
        root.accept(new ASTVisitor() {
            @Override
            public boolean visit(StringLiteral s) {
                if (first[0] < 0) first[0] = s.getStartPosition();
                return false;
            }

            @Override
            public boolean visit(TextBlock t) {
                if (first[0] < 0) first[0] = t.getStartPosition();
                return false;
            }
        });
        return first[0];
    }

    /** Sorted by position, duplicates (a constant reached from two sinks) removed. */
    private static List<JavaSqlProblem> finish(List<JavaSqlProblem> in) {
        List<JavaSqlProblem> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JavaSqlProblem p : in) if (keys.add(p.ruleId() + "@" + p.start() + ":" + p.end() + ":" + p.message())) out.add(p);
        out.sort(Comparator.comparingInt(JavaSqlProblem::start).thenComparing(JavaSqlProblem::ruleId));
        return out;
    }
}
