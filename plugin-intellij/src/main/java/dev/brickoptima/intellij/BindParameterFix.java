package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.openapi.project.Project;
import com.intellij.psi.JavaPsiFacade;
import com.intellij.psi.PsiCodeBlock;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiElementFactory;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiExpressionList;
import com.intellij.psi.PsiImportList;
import com.intellij.psi.PsiJavaFile;
import com.intellij.psi.PsiLocalVariable;
import com.intellij.psi.PsiMethodCallExpression;
import com.intellij.psi.PsiReferenceExpression;
import com.intellij.psi.PsiStatement;
import com.intellij.psi.PsiParserFacade;
import com.intellij.psi.PsiType;
import com.intellij.psi.PsiWhiteSpace;
import com.intellij.psi.util.PsiTreeUtil;
import dev.brickoptima.core.code.PreparedRewrite;
import dev.brickoptima.core.code.SqlSink;

/**
 * Moves concatenated values into bind parameters, in the form the sink supports: a PreparedStatement for
 * {@code Statement.execute*}, trailing arguments for JdbcTemplate and jOOQ, an {@code Object[]} for
 * {@code SparkSession.sql}, {@code setParameter} for JPA native queries.
 */
final class BindParameterFix implements LocalQuickFix {
    private final SqlSink.Bind bind;
    private final PreparedRewrite rewrite;
    private final String expectedText;

    BindParameterFix(SqlSink.Bind bind, PreparedRewrite rewrite, String expectedText) {
        this.bind = bind;
        this.rewrite = rewrite;
        this.expectedText = expectedText;
    }

    /** Whether the call has a shape this fix can rewrite. */
    static boolean applicable(SqlSink sink, PsiMethodCallExpression call, PreparedRewrite rewrite) {
        if (rewrite.params().isEmpty()) return false;
        int args = call.getArgumentList().getExpressions().length;
        switch (sink.bind()) {
            case TRAILING_ARGS:
                return true;
            case OBJECT_ARRAY:
            case SET_PARAMETER:
                return args == 1 && rewrite.existingPlaceholders() == 0;
            case PREPARED_STATEMENT:
                return args == 1 && rewrite.existingPlaceholders() == 0 && connectionOf(call) != null
                    && PsiTreeUtil.getParentOfType(call, PsiStatement.class) != null;
            default:
                return false;
        }
    }

    @Override
    public String getName() {
        switch (bind) {
            case PREPARED_STATEMENT: return "Use a PreparedStatement with bind parameters";
            default: return "Pass the value as a bind parameter";
        }
    }

    @Override
    public String getFamilyName() {
        return "BrickOptima: bind parameters instead of concatenation";
    }

    @Override
    public void applyFix(Project project, ProblemDescriptor descriptor) {
        // a fix on code that changed in the meantime must not reach the IDE's error reporter
        SqlChecker.guard(() -> apply(project, descriptor));
    }

    private void apply(Project project, ProblemDescriptor descriptor) {
        PsiElement e = descriptor.getPsiElement();
        if (!(e instanceof PsiExpression) || !e.getText().equals(expectedText)) return;
        PsiExpression sql = (PsiExpression) e;
        PsiMethodCallExpression call = PsiTreeUtil.getParentOfType(sql, PsiMethodCallExpression.class);
        if (call == null || !(sql.getParent() instanceof PsiExpressionList)) return;
        PsiElementFactory f = JavaPsiFacade.getElementFactory(project);
        switch (bind) {
            case TRAILING_ARGS:
                LiteralEditor.replace(call, callText(call, sql, joinedValues()));
                return;
            case OBJECT_ARRAY:
                LiteralEditor.replace(call, callText(call, sql, "new Object[] {" + joinedValues() + "}"));
                return;
            case SET_PARAMETER: {
                LiteralEditor.replace(sql, rewrite.javaExpression());
                StringBuilder sb = new StringBuilder(call.getText());
                for (PreparedRewrite.Param p : rewrite.params()) {
                    sb.append(".setParameter(").append(p.position() + 1).append(", ").append(p.javaExpression()).append(')');
                }
                LiteralEditor.replace(call, sb.toString());
                return;
            }
            case PREPARED_STATEMENT:
                toPreparedStatement(call, f);
                return;
            default:
        }
    }

    /** The call with the SQL argument rewritten and {@code extra} appended to its arguments. */
    private String callText(PsiMethodCallExpression call, PsiExpression sql, String extra) {
        StringBuilder sb = new StringBuilder(call.getMethodExpression().getText()).append('(');
        for (PsiExpression arg : call.getArgumentList().getExpressions()) {
            sb.append(arg == sql ? rewrite.javaExpression() : arg.getText()).append(", ");
        }
        return sb.append(extra).append(')').toString();
    }

    private String joinedValues() {
        StringBuilder sb = new StringBuilder();
        for (PreparedRewrite.Param p : rewrite.params()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p.javaExpression());
        }
        return sb.toString();
    }

    /**
     * {@code ResultSet rs = st.executeQuery("... '" + v + "'");} where {@code st = conn.createStatement()} becomes
     * {@code PreparedStatement ps = conn.prepareStatement("... ?"); ps.setString(1, v); ResultSet rs = ps.executeQuery();}
     */
    private void toPreparedStatement(PsiMethodCallExpression call, PsiElementFactory f) {
        PsiExpression connection = connectionOf(call);
        PsiStatement statement = PsiTreeUtil.getParentOfType(call, PsiStatement.class);
        if (connection == null || statement == null || !(statement.getParent() instanceof PsiCodeBlock)) return;
        String type = imported(call, "java.sql.PreparedStatement") ? "PreparedStatement" : "java.sql.PreparedStatement";
        String name = freshName(statement, "ps");
        PsiElement block = statement.getParent();
        PsiStatement decl = f.createStatementFromText(type + " " + name + " = " + connection.getText() + ".prepareStatement("
            + rewrite.javaExpression() + ");", statement);
        // the statement's own line break and indentation, repeated after each new statement (the IDE's formatter
        // would also do this; without it the statements would share one line)
        PsiElement prev = statement.getPrevSibling();
        String indent = prev instanceof PsiWhiteSpace && prev.getText().contains("\n")
            ? prev.getText().substring(prev.getText().lastIndexOf('\n')) : "\n";
        PsiParserFacade ws = PsiParserFacade.SERVICE.getInstance(call.getProject());
        block.addBefore(decl, statement);
        block.addBefore(ws.createWhiteSpaceFromText(indent), statement);
        for (PreparedRewrite.Param p : rewrite.params()) {
            String setter = setterFor(p, call);
            block.addBefore(f.createStatementFromText(name + "." + setter + "(" + (p.position() + 1) + ", " + p.javaExpression() + ");", statement), statement);
            block.addBefore(ws.createWhiteSpaceFromText(indent), statement);
        }
        String method = call.getMethodExpression().getReferenceName();
        LiteralEditor.replace(call, name + "." + method + "()");
    }

    private static String setterFor(PreparedRewrite.Param p, PsiElement context) {
        if (!p.isPlainValue()) return "setString";
        PsiExpression e = JavaPsiFacade.getElementFactory(context.getProject()).createExpressionFromText(p.expression(), context);
        PsiType t = e.getType();
        if (t == null) return "setObject";
        switch (t.getCanonicalText()) {
            case "java.lang.String": return "setString";
            case "int": return "setInt";
            case "long": return "setLong";
            case "double": return "setDouble";
            case "boolean": return "setBoolean";
            default: return "setObject";
        }
    }

    /** The connection a Statement variable was created from ({@code Statement st = conn.createStatement()}), or null. */
    static PsiExpression connectionOf(PsiMethodCallExpression call) {
        PsiExpression q = call.getMethodExpression().getQualifierExpression();
        if (!(q instanceof PsiReferenceExpression)) return null;
        PsiElement target = ((PsiReferenceExpression) q).resolve();
        if (!(target instanceof PsiLocalVariable)) return null;
        PsiExpression init = ((PsiLocalVariable) target).getInitializer();
        if (!(init instanceof PsiMethodCallExpression)) return null;
        PsiMethodCallExpression create = (PsiMethodCallExpression) init;
        if (!"createStatement".equals(create.getMethodExpression().getReferenceName())) return null;
        return create.getMethodExpression().getQualifierExpression();
    }

    private static boolean imported(PsiElement context, String fqn) {
        if (!(context.getContainingFile() instanceof PsiJavaFile)) return false;
        PsiImportList imports = ((PsiJavaFile) context.getContainingFile()).getImportList();
        if (imports == null) return false;
        String pkg = fqn.substring(0, fqn.lastIndexOf('.'));
        return imports.findSingleClassImportStatement(fqn) != null || imports.findOnDemandImportStatement(pkg) != null;
    }

    private static String freshName(PsiStatement statement, String base) {
        PsiElement scope = PsiTreeUtil.getParentOfType(statement, com.intellij.psi.PsiMethod.class);
        String text = scope == null ? statement.getText() : scope.getText();
        String name = base;
        for (int i = 2; java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(text).find(); i++) name = base + i;
        return name;
    }
}
