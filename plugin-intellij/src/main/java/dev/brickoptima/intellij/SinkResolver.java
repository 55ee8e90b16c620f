package dev.brickoptima.intellij;

import com.intellij.psi.PsiAnnotation;
import com.intellij.psi.PsiAnnotationMemberValue;
import com.intellij.psi.PsiClass;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiExpressionList;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.PsiMethod;
import com.intellij.psi.PsiMethodCallExpression;
import com.intellij.psi.PsiNameValuePair;
import com.intellij.psi.util.InheritanceUtil;
import dev.brickoptima.core.code.SqlSink;
import dev.brickoptima.core.code.SqlSinks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves where a string expression goes: a SQL sink's argument or annotation attribute, through {@link SqlSinks}. */
final class SinkResolver {
    /** A sink use: the sink and, for method sinks, the call. */
    record SinkUse(SqlSink sink, PsiMethodCallExpression call, int argIndex) {
    }

    private SinkResolver() {
    }

    /** The sink {@code top} (a whole string expression) is passed to, or null. */
    static SinkUse of(PsiExpression top) {
        PsiElement parent = top.getParent();
        if (parent instanceof PsiExpressionList && parent.getParent() instanceof PsiMethodCallExpression) {
            PsiMethodCallExpression call = (PsiMethodCallExpression) parent.getParent();
            PsiExpression[] args = ((PsiExpressionList) parent).getExpressions();
            for (int i = 0; i < args.length; i++) {
                if (args[i] == top) {
                    SqlSink s = method(call, i);
                    return s == null ? null : new SinkUse(s, call, i);
                }
            }
            return null;
        }
        if (parent instanceof PsiNameValuePair && parent.getParent() != null && parent.getParent().getParent() instanceof PsiAnnotation) {
            SqlSink s = annotation((PsiAnnotation) parent.getParent().getParent(), (PsiNameValuePair) parent);
            return s == null ? null : new SinkUse(s, null, 0);
        }
        return null;
    }

    /** The sink for argument {@code index} of {@code call}, or null. */
    static SqlSink method(PsiMethodCallExpression call, int index) {
        String name = call.getMethodExpression().getReferenceName();
        if (name == null || !SqlSinks.isCandidateMethodName(name)) return null;
        PsiExpression[] args = call.getArgumentList().getExpressions();
        if (index >= args.length || !SqlSource.isString(args[index].getType())) return null;
        PsiMethod m = call.resolveMethod();
        if (m == null) return null;
        PsiClass owner = m.getContainingClass();
        if (owner == null) return null;
        return SqlSinks.method(classAndSupers(owner), name, index);
    }

    private static List<String> classAndSupers(PsiClass c) {
        Set<String> names = new LinkedHashSet<>();
        if (c.getQualifiedName() != null) names.add(c.getQualifiedName());
        // the method may be inherited or overridden: try every supertype, nearest first
        InheritanceUtil.processSupers(c, false, s -> {
            if (s.getQualifiedName() != null) names.add(s.getQualifiedName());
            return true;
        });
        return new ArrayList<>(names);
    }

    /** The sink of an annotation attribute, when the annotation is a SQL one and its condition (nativeQuery) holds. */
    static SqlSink annotation(PsiAnnotation a, PsiNameValuePair pair) {
        String fqn = a.getQualifiedName();
        if (fqn == null) return null;
        String attr = pair.getName() == null ? "value" : pair.getName();
        SqlSink s = SqlSinks.annotation(fqn, attr);
        if (s == null) return null;
        if (s.requiredAttribute() != null) {
            PsiAnnotationMemberValue v = a.findDeclaredAttributeValue(s.requiredAttribute());
            if (!(v instanceof PsiLiteralExpression) || !Boolean.TRUE.equals(((PsiLiteralExpression) v).getValue())) return null;
        }
        return s;
    }
}
