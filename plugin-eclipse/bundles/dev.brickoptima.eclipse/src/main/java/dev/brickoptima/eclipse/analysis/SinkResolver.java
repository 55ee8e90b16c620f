package dev.brickoptima.eclipse.analysis;

import dev.brickoptima.core.code.SqlSink;
import dev.brickoptima.core.code.SqlSinks;
import org.eclipse.jdt.core.dom.Annotation;
import org.eclipse.jdt.core.dom.BooleanLiteral;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.IAnnotationBinding;
import org.eclipse.jdt.core.dom.IMethodBinding;
import org.eclipse.jdt.core.dom.ITypeBinding;
import org.eclipse.jdt.core.dom.MemberValuePair;
import org.eclipse.jdt.core.dom.NormalAnnotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Looks resolved calls and annotations up in the core's {@link SqlSinks} catalog (JDT bindings in, sinks out). */
final class SinkResolver {
    private SinkResolver() {
    }

    /** The sink taking argument {@code index} of a call to {@code method}, or null (also when bindings are missing). */
    static SqlSink forArgument(IMethodBinding method, String name, int index) {
        if (method == null || !SqlSinks.isCandidateMethodName(name)) return null;
        IMethodBinding decl = method.getMethodDeclaration();
        if (!isStringParameter(decl, index)) return null;
        return SqlSinks.method(typeNames(decl.getDeclaringClass()), name, index);
    }

    /** The sink of an annotation's {@code value}, or null; Spring Data's {@code @Query} counts only with nativeQuery = true. */
    static SqlSink forAnnotation(Annotation a) {
        IAnnotationBinding b = a.resolveAnnotationBinding();
        ITypeBinding t = b == null ? null : b.getAnnotationType();
        if (t == null) return null;
        SqlSink sink = SqlSinks.annotation(t.getErasure().getQualifiedName(), "value");
        if (sink == null) return null;
        if (sink.requiredAttribute() != null) {
            if (!(a instanceof NormalAnnotation)) return null;
            boolean on = false;
            for (Object o : ((NormalAnnotation) a).values()) {
                MemberValuePair p = (MemberValuePair) o;
                if (p.getName().getIdentifier().equals(sink.requiredAttribute()) && p.getValue() instanceof BooleanLiteral
                    && ((BooleanLiteral) p.getValue()).booleanValue()) on = true;
            }
            if (!on) return null;
        }
        return sink;
    }

    /** The annotation's {@code value} expression, or null. */
    static Expression annotationValue(Annotation a) {
        if (a.isSingleMemberAnnotation()) return ((org.eclipse.jdt.core.dom.SingleMemberAnnotation) a).getValue();
        if (a.isNormalAnnotation()) {
            for (Object o : ((NormalAnnotation) a).values()) {
                MemberValuePair p = (MemberValuePair) o;
                if (p.getName().getIdentifier().equals("value")) return p.getValue();
            }
        }
        return null;
    }

    /** Overloads share names with the SQL ones ({@code query(PreparedStatementCreator, ...)}): the parameter must be a String. */
    private static boolean isStringParameter(IMethodBinding m, int index) {
        ITypeBinding[] params = m.getParameterTypes();
        if (params.length == 0) return false;
        ITypeBinding p;
        if (index < params.length - 1 || (index == params.length - 1 && !m.isVarargs())) p = params[index];
        else if (m.isVarargs()) {
            p = params[params.length - 1];
            if (p.isArray()) p = p.getComponentType();
        } else return false;
        return "java.lang.String".equals(p.getErasure().getQualifiedName());
    }

    /** The class and all its supertypes, nearest first, as erased qualified names. */
    static List<String> typeNames(ITypeBinding type) {
        Set<String> out = new LinkedHashSet<>();
        Deque<ITypeBinding> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        if (type != null) todo.add(type);
        while (!todo.isEmpty() && out.size() < 64) {
            ITypeBinding t = todo.poll().getErasure();
            String n = t.getQualifiedName();
            if (!seen.add(n)) continue;
            out.add(n);
            if (t.getSuperclass() != null) todo.add(t.getSuperclass());
            for (ITypeBinding i : t.getInterfaces()) todo.add(i);
        }
        return new ArrayList<>(out);
    }
}
