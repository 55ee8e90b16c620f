package dev.brickoptima.intellij;

import com.intellij.psi.JavaTokenType;
import com.intellij.psi.PsiAnnotation;
import com.intellij.psi.PsiAnnotationMemberValue;
import com.intellij.psi.PsiArrayInitializerExpression;
import com.intellij.psi.PsiArrayInitializerMemberValue;
import com.intellij.psi.PsiAssignmentExpression;
import com.intellij.psi.PsiClass;
import com.intellij.psi.PsiClassInitializer;
import com.intellij.psi.PsiClassType;
import com.intellij.psi.PsiCodeBlock;
import com.intellij.psi.PsiComment;
import com.intellij.psi.PsiConditionalExpression;
import com.intellij.psi.PsiDeclarationStatement;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiExpressionList;
import com.intellij.psi.PsiExpressionStatement;
import com.intellij.psi.PsiField;
import com.intellij.psi.PsiFile;
import com.intellij.psi.PsiForeachStatement;
import com.intellij.psi.PsiLambdaExpression;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.PsiLocalVariable;
import com.intellij.psi.PsiMember;
import com.intellij.psi.PsiMethod;
import com.intellij.psi.PsiMethodCallExpression;
import com.intellij.psi.PsiModifier;
import com.intellij.psi.PsiModifierList;
import com.intellij.psi.PsiNewExpression;
import com.intellij.psi.PsiParameter;
import com.intellij.psi.PsiParenthesizedExpression;
import com.intellij.psi.PsiPolyadicExpression;
import com.intellij.psi.PsiPostfixExpression;
import com.intellij.psi.PsiPrefixExpression;
import com.intellij.psi.PsiPrimitiveType;
import com.intellij.psi.PsiRecursiveElementWalkingVisitor;
import com.intellij.psi.PsiReferenceExpression;
import com.intellij.psi.PsiReturnStatement;
import com.intellij.psi.PsiStatement;
import com.intellij.psi.PsiType;
import com.intellij.psi.PsiVariable;
import com.intellij.psi.PsiWhiteSpace;
import com.intellij.psi.javadoc.PsiDocComment;
import com.intellij.psi.util.InheritanceUtil;
import com.intellij.psi.util.PsiTreeUtil;
import dev.brickoptima.core.code.JavaCodeView;
import dev.brickoptima.core.code.JavaParameter;
import dev.brickoptima.core.code.JavaStatement;
import dev.brickoptima.core.code.JavaType;
import dev.brickoptima.core.code.JavaVariable;
import dev.brickoptima.core.code.SqlSinks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The core's {@link JavaCodeView} over IntelliJ's Java PSI: glue only. Must be used inside a read action. */
final class PsiCodeView implements JavaCodeView<PsiElement> {
    private final PsiFile file;
    private final String text;
    private final List<PsiElement> calls = new ArrayList<>();
    private final List<PsiElement> annotations = new ArrayList<>();
    private final List<PsiElement> literals = new ArrayList<>();
    /** Variables already described: a view lives for one analysis of an unchanged file. */
    private final Map<PsiVariable, JavaVariable<PsiElement>> variables = new HashMap<>();

    PsiCodeView(PsiFile file) {
        this.file = file;
        this.text = file.getText();
        Set<String> annotationNames = SqlSinks.annotationSimpleNames();
        file.accept(new PsiRecursiveElementWalkingVisitor() {
            @Override
            public void visitElement(PsiElement e) {
                if (e instanceof PsiMethodCallExpression) {
                    calls.add(e);
                } else if (e instanceof PsiAnnotation) {
                    PsiAnnotation a = (PsiAnnotation) e;
                    String ref = a.getNameReferenceElement() == null ? null : a.getNameReferenceElement().getReferenceName();
                    if (ref != null && annotationNames.contains(ref)) annotations.add(e);
                } else if (e instanceof PsiLiteralExpression && isStringLiteral(e)) {
                    literals.add(e);
                }
                super.visitElement(e);
            }
        });
    }

    private static boolean isStringLiteral(PsiElement e) {
        return e instanceof PsiLiteralExpression && ((PsiLiteralExpression) e).getValue() instanceof String;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<PsiElement> calls() {
        return calls;
    }

    @Override
    public List<PsiElement> annotations() {
        return annotations;
    }

    @Override
    public List<PsiElement> stringLiterals() {
        return literals;
    }

    @Override
    public Kind kind(PsiElement e) {
        if (isStringLiteral(e)) return Kind.STRING_LITERAL;
        if (e instanceof PsiParenthesizedExpression) return Kind.PARENTHESIZED;
        if (e instanceof PsiPolyadicExpression && ((PsiPolyadicExpression) e).getOperationTokenType() == JavaTokenType.PLUS
            && isString(((PsiPolyadicExpression) e).getType())) return Kind.CONCATENATION;
        if (e instanceof PsiReferenceExpression) return Kind.NAME;
        if (e instanceof PsiMethodCallExpression) return Kind.CALL;
        if (e instanceof PsiConditionalExpression) return Kind.CONDITIONAL;
        if (e instanceof PsiArrayInitializerMemberValue || e instanceof PsiArrayInitializerExpression) return Kind.ARRAY;
        if (e instanceof PsiNewExpression) return Kind.NEW;
        if (isType(e, SWITCH_EXPRESSION)) return Kind.SWITCH;
        return Kind.OTHER;
    }

    /*
     * Switch expressions (Java 14) are newer than the 183 API this plugin compiles against: they are recognised by their
     * element types' names, which the IDE's JavaElementType declares.
     */
    private static final String SWITCH_EXPRESSION = "SWITCH_EXPRESSION";
    private static final String SWITCH_LABELED_RULE = "SWITCH_LABELED_RULE";
    private static final String YIELD_STATEMENT = "YIELD_STATEMENT";

    private static boolean isType(PsiElement e, String elementType) {
        return e.getNode() != null && elementType.equals(e.getNode().getElementType().toString());
    }

    /** The values a switch expression gives: the expression of {@code case A -> value;} and of {@code yield value;}. */
    private static void yields(PsiElement e, List<PsiElement> out) {
        for (PsiElement c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof PsiLambdaExpression || c instanceof PsiClass || isType(c, SWITCH_EXPRESSION)) continue;
            if (isType(c, YIELD_STATEMENT)) {
                for (PsiElement v = c.getFirstChild(); v != null; v = v.getNextSibling()) {
                    if (v instanceof PsiExpression) {
                        out.add(v);
                        break;
                    }
                }
            } else if (isType(e, SWITCH_LABELED_RULE) && c instanceof PsiExpressionStatement) {
                out.add(((PsiExpressionStatement) c).getExpression());
            } else {
                yields(c, out);
            }
        }
    }

    private static boolean isString(PsiType t) {
        return t != null && t.equalsToText("java.lang.String");
    }

    @Override
    public int start(PsiElement node) {
        return node.getTextRange().getStartOffset();
    }

    @Override
    public int end(PsiElement node) {
        return node.getTextRange().getEndOffset();
    }

    @Override
    public PsiElement parent(PsiElement node) {
        return node instanceof PsiFile ? null : node.getParent();
    }

    @Override
    public List<PsiElement> operands(PsiElement e) {
        List<PsiElement> out = new ArrayList<>();
        if (e instanceof PsiPolyadicExpression) {
            for (PsiExpression op : ((PsiPolyadicExpression) e).getOperands()) out.add(op);
        } else if (e instanceof PsiConditionalExpression) {
            PsiConditionalExpression c = (PsiConditionalExpression) e;
            if (c.getThenExpression() != null) out.add(c.getThenExpression());
            if (c.getElseExpression() != null) out.add(c.getElseExpression());
        } else if (e instanceof PsiArrayInitializerMemberValue) {
            for (PsiAnnotationMemberValue v : ((PsiArrayInitializerMemberValue) e).getInitializers()) out.add(v);
        } else if (e instanceof PsiArrayInitializerExpression) {
            for (PsiExpression v : ((PsiArrayInitializerExpression) e).getInitializers()) out.add(v);
        } else if (isType(e, SWITCH_EXPRESSION)) {
            yields(e, out);
        }
        return out;
    }

    @Override
    public PsiElement inner(PsiElement parenthesized) {
        return ((PsiParenthesizedExpression) parenthesized).getExpression();
    }

    @Override
    public Object constantValue(PsiElement e) {
        if (e instanceof PsiLiteralExpression) return ((PsiLiteralExpression) e).getValue();
        if (e instanceof PsiReferenceExpression) {
            PsiElement target = ((PsiReferenceExpression) e).resolve();
            if (target instanceof PsiVariable && isFinal((PsiVariable) target)) return ((PsiVariable) target).computeConstantValue();
        }
        return null;
    }

    private static boolean isFinal(PsiVariable v) {
        if (v.hasModifierProperty(PsiModifier.FINAL)) return true;
        return v instanceof PsiField && ((PsiField) v).getContainingClass() != null && ((PsiField) v).getContainingClass().isInterface();
    }

    @Override
    public JavaType type(PsiElement e) {
        if (isStringLiteral(e)) return JavaType.STRING;
        return e instanceof PsiExpression ? type(((PsiExpression) e).getType()) : null;
    }

    private static JavaType type(PsiType t) {
        if (t instanceof PsiPrimitiveType) return JavaType.primitive(t.getCanonicalText());
        if (t instanceof PsiClassType) {
            PsiClass c = ((PsiClassType) t).resolve();
            if (c == null || c.getQualifiedName() == null) return null;
            return new JavaType(c.getQualifiedName(), false, c.isEnum());
        }
        return null;
    }

    @Override
    public JavaVariable<PsiElement> variable(PsiElement name) {
        if (!(name instanceof PsiReferenceExpression)) return null;
        PsiElement target = ((PsiReferenceExpression) name).resolve();
        if (!(target instanceof PsiVariable)) return null;
        return variables.computeIfAbsent((PsiVariable) target, this::describe);
    }

    private JavaVariable<PsiElement> describe(PsiVariable v) {
        // the variable of an enhanced for is a local holding each element of what it iterates
        PsiElement scope = v instanceof PsiParameter ? ((PsiParameter) v).getDeclarationScope() : null;
        PsiExpression iterated = scope instanceof PsiForeachStatement ? ((PsiForeachStatement) scope).getIteratedValue() : null;
        JavaVariable.Kind kind = iterated != null ? JavaVariable.Kind.LOCAL : v instanceof PsiParameter ? JavaVariable.Kind.PARAMETER
            : v instanceof PsiField ? JavaVariable.Kind.FIELD : JavaVariable.Kind.LOCAL;
        boolean here = v.getContainingFile() == file;
        PsiExpression init = here ? v.getInitializer() : null;
        JavaStatement declaration = null;
        if (v instanceof PsiLocalVariable && v.getParent() instanceof PsiDeclarationStatement
            && ((PsiDeclarationStatement) v.getParent()).getDeclaredElements().length == 1 && v.getParent().getParent() instanceof PsiCodeBlock) {
            declaration = new JavaStatement(start(v.getParent()), end(v.getParent()), true);
        }
        Object constant = isFinal(v) ? v.computeConstantValue() : null;
        // only a local's assignments matter (a field is followed when final, and never judged safe by its assignments)
        List<JavaVariable.Assignment<PsiElement>> assigned = here && kind == JavaVariable.Kind.LOCAL ? assignments(v) : List.of();
        return new JavaVariable<>(kind, v.getName(), isFinal(v), init, assigned, constant, type(v.getType()), declaration,
            v instanceof PsiField && v.hasModifierProperty(PsiModifier.STATIC), iterated);
    }

    /** Assignments to the local {@code v} in the method, initializer or lambda declaring it; text appended to a builder. */
    private List<JavaVariable.Assignment<PsiElement>> assignments(PsiVariable v) {
        List<JavaVariable.Assignment<PsiElement>> out = new ArrayList<>();
        PsiElement scope = PsiTreeUtil.getParentOfType(v, PsiMethod.class, PsiClassInitializer.class, PsiLambdaExpression.class);
        if (scope == null) return out;
        scope.accept(new PsiRecursiveElementWalkingVisitor() {
            @Override
            public void visitElement(PsiElement e) {
                if (e instanceof PsiAssignmentExpression) {
                    PsiAssignmentExpression a = (PsiAssignmentExpression) e;
                    if (refersTo(a.getLExpression(), v)) {
                        boolean assign = a.getOperationTokenType() == JavaTokenType.EQ;
                        boolean append = a.getOperationTokenType() == JavaTokenType.PLUSEQ;
                        out.add(new JavaVariable.Assignment<>(assign || append ? a.getRExpression() : null, append));
                    }
                } else if (e instanceof PsiPostfixExpression && refersTo(((PsiPostfixExpression) e).getOperand(), v)
                    || e instanceof PsiPrefixExpression && isIncrement((PsiPrefixExpression) e) && refersTo(((PsiPrefixExpression) e).getOperand(), v)) {
                    out.add(new JavaVariable.Assignment<>(null, false));
                }
                super.visitElement(e);
            }

            @Override
            protected void elementFinished(PsiElement e) {
                // sb.append(x), also in a chain sb.append(a).append(b): after the calls it is made on, so a chain's
                // pieces come in source order like those of separate statements
                if (e instanceof PsiMethodCallExpression && isAppendTo((PsiMethodCallExpression) e, v)) {
                    out.add(new JavaVariable.Assignment<>(((PsiMethodCallExpression) e).getArgumentList().getExpressions()[0], true));
                }
            }
        });
        return out;
    }

    /** {@code sb.append(x)}, also in a chain {@code sb.append(a).append(b)}. */
    private static boolean isAppendTo(PsiMethodCallExpression call, PsiVariable v) {
        if (!"append".equals(call.getMethodExpression().getReferenceName()) || call.getArgumentList().getExpressions().length != 1) return false;
        PsiExpression q = call.getMethodExpression().getQualifierExpression();
        while (q instanceof PsiMethodCallExpression && "append".equals(((PsiMethodCallExpression) q).getMethodExpression().getReferenceName())) {
            q = ((PsiMethodCallExpression) q).getMethodExpression().getQualifierExpression();
        }
        return q != null && refersTo(q, v);
    }

    private static boolean isIncrement(PsiPrefixExpression p) {
        return p.getOperationTokenType() == JavaTokenType.PLUSPLUS || p.getOperationTokenType() == JavaTokenType.MINUSMINUS;
    }

    private static boolean refersTo(PsiExpression e, PsiVariable v) {
        PsiExpression u = e;
        while (u instanceof PsiParenthesizedExpression) u = ((PsiParenthesizedExpression) u).getExpression();
        return u instanceof PsiReferenceExpression && ((PsiReferenceExpression) u).resolve() == v;
    }

    @Override
    public boolean insideAnnotation(PsiElement node) {
        return PsiTreeUtil.getParentOfType(node, PsiAnnotation.class, true, PsiStatement.class, PsiMember.class) != null;
    }

    @Override
    public JavaStatement statementOf(PsiElement node) {
        PsiElement n = PsiTreeUtil.getParentOfType(node, PsiStatement.class, PsiMember.class);
        if (n == null) return null;
        return new JavaStatement(firstTokenStart(n), end(n), n instanceof PsiStatement && n.getParent() instanceof PsiCodeBlock);
    }

    /** Where a member's code starts: after its Javadoc and any comment PSI binds to it. */
    private int firstTokenStart(PsiElement n) {
        for (PsiElement c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof PsiDocComment || c instanceof PsiComment || c instanceof PsiWhiteSpace || c.getTextLength() == 0) continue;
            return start(c);
        }
        return start(n);
    }

    @Override
    public JavaStatement bodyOf(PsiElement node) {
        PsiElement owner = PsiTreeUtil.getParentOfType(node, PsiMethod.class, PsiClassInitializer.class, PsiField.class);
        if (owner instanceof PsiMethod && ((PsiMethod) owner).getBody() != null) {
            PsiCodeBlock body = ((PsiMethod) owner).getBody();
            return new JavaStatement(start(body), end(body), false);
        }
        return owner == null ? null : new JavaStatement(start(owner), end(owner), false);
    }

    @Override
    public String methodName(PsiElement call) {
        return ((PsiMethodCallExpression) call).getMethodExpression().getReferenceName();
    }

    @Override
    public PsiElement receiver(PsiElement call) {
        return ((PsiMethodCallExpression) call).getMethodExpression().getQualifierExpression();
    }

    @Override
    public List<PsiElement> arguments(PsiElement call) {
        List<PsiElement> out = new ArrayList<>();
        PsiExpressionList args = call instanceof PsiMethodCallExpression ? ((PsiMethodCallExpression) call).getArgumentList()
            : call instanceof PsiNewExpression ? ((PsiNewExpression) call).getArgumentList() : null;
        if (args != null) for (PsiExpression a : args.getExpressions()) out.add(a);
        return out;
    }

    @Override
    public List<PsiElement> returnedValues(PsiElement call) {
        PsiMethod m = call instanceof PsiMethodCallExpression ? ((PsiMethodCallExpression) call).resolveMethod() : null;
        if (m == null || m.getContainingFile() != file || m.getBody() == null) return null;
        List<PsiElement> out = new ArrayList<>();
        m.getBody().accept(new PsiRecursiveElementWalkingVisitor() {
            @Override
            public void visitElement(PsiElement e) {
                if (e instanceof PsiLambdaExpression || e instanceof PsiClass) return;
                if (e instanceof PsiReturnStatement) {
                    if (((PsiReturnStatement) e).getReturnValue() != null) out.add(((PsiReturnStatement) e).getReturnValue());
                    return;
                }
                super.visitElement(e);
            }
        });
        return out;
    }

    @Override
    public List<JavaParameter> annotatedMethodParameters(PsiElement annotation) {
        PsiElement owner = annotation.getParent() instanceof PsiModifierList ? annotation.getParent().getParent() : null;
        if (!(owner instanceof PsiMethod)) return List.of();
        List<JavaParameter> out = new ArrayList<>();
        for (PsiParameter p : ((PsiMethod) owner).getParameterList().getParameters()) {
            out.add(new JavaParameter(p.getName(), paramAnnotationValue(p), type(p.getType())));
        }
        return out;
    }

    /** The value of a MyBatis {@code @Param("name")} on a parameter, or null. */
    private static String paramAnnotationValue(PsiParameter p) {
        if (p.getModifierList() == null) return null;
        for (PsiAnnotation a : p.getModifierList().getAnnotations()) {
            String ref = a.getNameReferenceElement() == null ? null : a.getNameReferenceElement().getReferenceName();
            if (!"Param".equals(ref)) continue;
            PsiAnnotationMemberValue v = a.findDeclaredAttributeValue("value");
            if (v instanceof PsiLiteralExpression && ((PsiLiteralExpression) v).getValue() instanceof String) return (String) ((PsiLiteralExpression) v).getValue();
        }
        return null;
    }

    @Override
    public List<String> callOwners(PsiElement call) {
        PsiMethod m = ((PsiMethodCallExpression) call).resolveMethod();
        PsiClass owner = m == null ? null : m.getContainingClass();
        if (owner == null) return List.of();
        Set<String> names = new LinkedHashSet<>();
        if (owner.getQualifiedName() != null) names.add(owner.getQualifiedName());
        // the method may be inherited or overridden: every supertype, nearest first
        InheritanceUtil.processSupers(owner, false, s -> {
            if (s.getQualifiedName() != null) names.add(s.getQualifiedName());
            return true;
        });
        return new ArrayList<>(names);
    }

    @Override
    public String annotationType(PsiElement annotation) {
        return ((PsiAnnotation) annotation).getQualifiedName();
    }

    @Override
    public PsiElement annotationAttribute(PsiElement annotation, String name) {
        PsiAnnotationMemberValue v = ((PsiAnnotation) annotation).findDeclaredAttributeValue(name);
        return v instanceof PsiExpression || v instanceof PsiArrayInitializerMemberValue ? v : null;
    }

    /** The string literal at {@code offset}, or null (for "Analyze SQL" at the caret). */
    PsiElement stringLiteralAt(int offset) {
        PsiElement at = file.findElementAt(offset);
        PsiLiteralExpression lit = PsiTreeUtil.getParentOfType(at, PsiLiteralExpression.class, false);
        return isStringLiteral(lit) ? lit : null;
    }
}
