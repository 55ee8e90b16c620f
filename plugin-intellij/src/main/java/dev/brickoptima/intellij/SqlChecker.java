package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemHighlightType;
import com.intellij.codeInspection.ProblemsHolder;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.openapi.progress.ProcessCanceledException;
import com.intellij.openapi.progress.ProgressManager;
import com.intellij.openapi.util.TextRange;
import com.intellij.psi.PsiAnnotation;
import com.intellij.psi.PsiAnnotationMemberValue;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.PsiMethodCallExpression;
import com.intellij.psi.PsiNameValuePair;
import com.intellij.psi.PsiPolyadicExpression;
import com.intellij.psi.util.PsiTreeUtil;
import dev.brickoptima.core.code.InjectionCheck;
import dev.brickoptima.core.code.PreparedRewrite;
import dev.brickoptima.core.code.SqlLiteralHeuristic;
import dev.brickoptima.core.code.SqlPart;
import dev.brickoptima.core.code.SqlSink;
import dev.brickoptima.core.code.SqlSinks;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds SQL in Java code and reports it into a {@link ProblemsHolder}: SQL rule findings (mode RULES) or SQL
 * injection (mode INJECTION). Never lets an exception other than cancellation escape to the IDE.
 */
final class SqlChecker {
    enum Mode { RULES, INJECTION }

    /** Id of the core's SqlInjectionRiskRule, which judges concatenation from the SQL text alone. */
    static final String TEXT_INJECTION_RULE = "sql-injection-risk";
    private static final Logger LOG = Logger.getInstance(SqlChecker.class);

    private final ProblemsHolder holder;
    private final Mode mode;
    private final BrickOptimaSettings settings;

    SqlChecker(ProblemsHolder holder, Mode mode, BrickOptimaSettings settings) {
        this.holder = holder;
        this.mode = mode;
        this.settings = settings;
    }

    void visitCall(PsiMethodCallExpression call) {
        String name = call.getMethodExpression().getReferenceName();
        if (name == null || !SqlSinks.isCandidateMethodName(name)) return;
        guard(() -> {
            PsiExpression[] args = call.getArgumentList().getExpressions();
            for (int i = 0; i < args.length; i++) {
                SqlSink sink = SinkResolver.method(call, i);
                if (sink != null) check(args[i], sink, call, false);
            }
        });
    }

    void visitAnnotation(PsiAnnotation a) {
        String ref = a.getNameReferenceElement() == null ? null : a.getNameReferenceElement().getReferenceName();
        if (ref == null || !SqlSinks.annotationSimpleNames().contains(ref)) return;
        guard(() -> {
            for (PsiNameValuePair pair : a.getParameterList().getAttributes()) {
                SqlSink sink = SinkResolver.annotation(a, pair);
                PsiAnnotationMemberValue v = pair.getValue();
                if (sink == null || !(v instanceof PsiExpression)) continue;
                if (mode == Mode.RULES) check((PsiExpression) v, sink, null, false);
                else if (sink.placeholders() == SqlSink.Placeholders.MYBATIS) reportSubstitutions((PsiExpression) v);
            }
        });
    }

    /** String literals that reach no sink but clearly are SQL (if the heuristic is on). */
    void visitLiteral(PsiLiteralExpression literal) {
        if (mode != Mode.RULES || !settings.heuristicLiterals() || !(literal.getValue() instanceof String)) return;
        guard(() -> {
            PsiExpression top = SqlSource.topOf(literal);
            // a concatenation is checked once, from its first string literal
            if (top instanceof PsiPolyadicExpression && PsiTreeUtil.findChildOfType(top, PsiLiteralExpression.class) != literal) return;
            if (SinkResolver.of(top) != null || isAnnotationValue(top) || LocalSql.flowsToSink(top)) return;
            SqlSource src = SqlSource.of(top, false);
            if (src == null || !SqlLiteralHeuristic.ON.looksLikeSql(src.template.text())) return;
            reportRules(src, true);
        });
    }

    private static boolean isAnnotationValue(PsiElement e) {
        return PsiTreeUtil.getParentOfType(e, PsiAnnotation.class) != null;
    }

    private void check(PsiExpression arg, SqlSink sink, PsiMethodCallExpression call, boolean heuristic) {
        ProgressManager.checkCanceled();
        // String sql = "..." + x; st.executeQuery(sql): the SQL is the variable's initializer
        PsiExpression source = LocalSql.initializerOf(arg);
        boolean direct = source == null;
        if (direct) source = arg;
        SqlSource src = SqlSource.of(source, sink.placeholders() == SqlSink.Placeholders.MYBATIS);
        // a parameter or a method result: nothing is known about the text, and wrappers that pass SQL through
        // are common, so nothing is reported
        if (src == null) return;
        if (mode == Mode.RULES) {
            if (sink.shape() == SqlSink.Shape.STATEMENT) reportRules(src, heuristic);
            return;
        }
        reportInjection(src, sink, direct ? call : null);
    }

    private void reportRules(SqlSource src, boolean heuristic) {
        SqlAnalysis analysis = analyze(src);
        boolean parseError = false;
        for (Finding f : analysis.findings()) if (f.ruleId().equals(EngineRules.PARSE_ERROR.id())) parseError = true;
        // heuristic literals that do not parse were not SQL after all
        if (heuristic && parseError) return;
        for (Finding f : analysis.findings()) {
            // placeholders for unknown parts can make valid code unparseable: report parse errors for plain literals only
            if (f.ruleId().equals(EngineRules.PARSE_ERROR.id()) && src.hasHoles()) continue;
            // the core's text-only injection rule cannot see types; the injection inspection reports it with them
            if (f.ruleId().equals(TEXT_INJECTION_RULE) && src.hasHoles()) continue;
            TextRange range = clamp(f.location().start(), f.location().end(), src.top.getTextLength());
            List<LocalQuickFix> fixes = new ArrayList<>();
            for (Fix fix : f.fixes()) if (!fix.isHint()) fixes.add(new ApplyEditsFix(fix.description(), fix.edits(), src.top.getText()));
            fixes.add(new SuppressInSqlFix(f.ruleId(), src.top.getText()));
            fixes.add(new DisableRuleFix(f.ruleId()));
            holder.registerProblem(src.top, message(f), highlight(f.severity()), range, fixes.toArray(LocalQuickFix.EMPTY_ARRAY));
        }
    }

    private void reportInjection(SqlSource src, SqlSink sink, PsiMethodCallExpression call) {
        List<Integer> risky = InjectionCheck.riskyHoles(sink, src.parts());
        if (risky.isEmpty()) return;
        PreparedRewrite rewrite = call == null ? null
            : InjectionCheck.rewrite(src.parts(), sink.bind() == SqlSink.Bind.SET_PARAMETER);
        LocalQuickFix bind = rewrite != null && BindParameterFix.applicable(sink, call, rewrite)
            ? new BindParameterFix(sink.bind(), rewrite, src.top.getText()) : null;
        for (int i : risky) {
            SqlSource.Piece p = src.pieces.get(i);
            TextRange range = clamp(p.relStart(), p.relEnd(), src.top.getTextLength());
            String msg = InjectionCheck.message(sink, p.part().expression()) + " [" + InjectionCheck.METADATA.id() + "]";
            if (bind != null) holder.registerProblem(src.top, msg, highlight(Severity.ERROR), range, bind);
            else holder.registerProblem(src.top, msg, highlight(Severity.ERROR), range);
        }
    }

    /** MyBatis {@code ${x}} pastes text into the SQL; where a value goes, {@code #{x}} binds it instead. */
    private void reportSubstitutions(PsiExpression value) {
        SqlSource src = SqlSource.of(value, true);
        if (src == null) return;
        String text = src.top.getText();
        for (int i = 0; i < src.pieces.size(); i++) {
            SqlSource.Piece p = src.pieces.get(i);
            if (!p.part().isHole() || p.part().safe()) continue;
            List<LocalQuickFix> fixes = new ArrayList<>();
            // judged one placeholder at a time: another one in a column position must not hide this fix
            List<SqlPart> parts = new ArrayList<>(src.parts());
            for (int k = 0; k < parts.size(); k++) {
                if (k != i && parts.get(k).isHole()) parts.set(k, SqlPart.hole(parts.get(k).expression(), true));
            }
            PreparedRewrite rewrite = InjectionCheck.rewrite(parts, false);
            if (rewrite != null && bound(rewrite, i)) {
                int s = p.relStart();
                int e = p.relEnd();
                boolean quoted = s > 0 && e < text.length() && text.charAt(s - 1) == '\'' && text.charAt(e) == '\'';
                List<TextEdit> edits = quoted
                    ? List.of(new TextEdit(s - 1, s + 1, "#"), new TextEdit(e, e + 1, ""))
                    : List.of(new TextEdit(s, s + 1, "#"));
                fixes.add(new ApplyEditsFix("Bind with " + "#" + p.part().expression().substring(1), edits, text));
            }
            holder.registerProblem(src.top, InjectionCheck.myBatisMessage(p.part().expression()) + " [" + InjectionCheck.METADATA.id() + "]",
                highlight(Severity.ERROR), clamp(p.relStart(), p.relEnd(), text.length()), fixes.toArray(LocalQuickFix.EMPTY_ARRAY));
        }
    }

    private static boolean bound(PreparedRewrite rewrite, int holeIndex) {
        for (PreparedRewrite.Param p : rewrite.params()) if (p.holeIndex() == holeIndex && p.suffix().isEmpty() && p.prefix().isEmpty()) return true;
        return false;
    }

    private SqlAnalysis analyze(SqlSource src) {
        String key = settings.version() + "\u0000" + System.identityHashCode(settings) + "\u0000" + src.key;
        AnalysisCache cache = AnalysisCache.get();
        SqlAnalysis a = cache.lookup(key);
        if (a == null) {
            a = analyzer(settings).analyze(src.template);
            cache.put(key, a);
        }
        return a;
    }

    private static final Object ANALYZER_LOCK = new Object();
    private static SqlAnalyzer lastAnalyzer;
    private static Object lastConfig;

    /** One analyzer per configuration (it is immutable and thread-safe). */
    static SqlAnalyzer analyzer(BrickOptimaSettings settings) {
        Object cfg = settings.config();
        synchronized (ANALYZER_LOCK) {
            if (lastConfig != cfg) {
                lastAnalyzer = new SqlAnalyzer(settings.config());
                lastConfig = cfg;
            }
            return lastAnalyzer;
        }
    }

    static String message(Finding f) {
        return f.message() + " [" + f.ruleId() + "]";
    }

    static ProblemHighlightType highlight(Severity s) {
        switch (s) {
            case ERROR: return ProblemHighlightType.GENERIC_ERROR;
            case WARNING: return ProblemHighlightType.WARNING;
            default: return ProblemHighlightType.WEAK_WARNING;
        }
    }

    /** A non-empty range inside [0, length). */
    static TextRange clamp(int start, int end, int length) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        if (e == s) {
            if (e < length) e++;
            else if (s > 0) s--;
        }
        return new TextRange(s, e);
    }

    /** Runs a check; bad input must never reach the IDE's error reporter, cancellation must pass through. */
    static void guard(Runnable r) {
        try {
            r.run();
        } catch (ProcessCanceledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.info("BrickOptima: analysis skipped: " + e, e);
            if (Boolean.getBoolean("brickoptima.debug")) e.printStackTrace();
        }
    }
}
