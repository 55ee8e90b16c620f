package dev.brickoptima.jdt;

import dev.brickoptima.core.code.JavaCodeView;
import dev.brickoptima.core.code.JavaParameter;
import dev.brickoptima.core.code.JavaSourceText;
import dev.brickoptima.core.code.JavaStatement;
import dev.brickoptima.core.code.JavaType;
import dev.brickoptima.core.code.JavaVariable;
import dev.brickoptima.core.code.SqlSinks;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.Annotation;
import org.eclipse.jdt.core.dom.AnonymousClassDeclaration;
import org.eclipse.jdt.core.dom.ArrayInitializer;
import org.eclipse.jdt.core.dom.Assignment;
import org.eclipse.jdt.core.dom.Block;
import org.eclipse.jdt.core.dom.BodyDeclaration;
import org.eclipse.jdt.core.dom.BooleanLiteral;
import org.eclipse.jdt.core.dom.CharacterLiteral;
import org.eclipse.jdt.core.dom.ClassInstanceCreation;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.ConditionalExpression;
import org.eclipse.jdt.core.dom.EnhancedForStatement;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.FieldAccess;
import org.eclipse.jdt.core.dom.IBinding;
import org.eclipse.jdt.core.dom.IMethodBinding;
import org.eclipse.jdt.core.dom.ITypeBinding;
import org.eclipse.jdt.core.dom.IVariableBinding;
import org.eclipse.jdt.core.dom.InfixExpression;
import org.eclipse.jdt.core.dom.Initializer;
import org.eclipse.jdt.core.dom.LambdaExpression;
import org.eclipse.jdt.core.dom.MemberValuePair;
import org.eclipse.jdt.core.dom.MethodDeclaration;
import org.eclipse.jdt.core.dom.MethodInvocation;
import org.eclipse.jdt.core.dom.Modifier;
import org.eclipse.jdt.core.dom.Name;
import org.eclipse.jdt.core.dom.NormalAnnotation;
import org.eclipse.jdt.core.dom.NumberLiteral;
import org.eclipse.jdt.core.dom.ParenthesizedExpression;
import org.eclipse.jdt.core.dom.PostfixExpression;
import org.eclipse.jdt.core.dom.PrefixExpression;
import org.eclipse.jdt.core.dom.QualifiedName;
import org.eclipse.jdt.core.dom.ReturnStatement;
import org.eclipse.jdt.core.dom.SingleMemberAnnotation;
import org.eclipse.jdt.core.dom.SingleVariableDeclaration;
import org.eclipse.jdt.core.dom.Statement;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.SuperMethodInvocation;
import org.eclipse.jdt.core.dom.SwitchExpression;
import org.eclipse.jdt.core.dom.TextBlock;
import org.eclipse.jdt.core.dom.TypeDeclarationStatement;
import org.eclipse.jdt.core.dom.VariableDeclaration;
import org.eclipse.jdt.core.dom.VariableDeclarationStatement;
import org.eclipse.jdt.core.dom.YieldStatement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The core's {@link JavaCodeView} over a JDT DOM compilation unit: glue only. Works with full bindings (inside
 * Eclipse, or the CLI with {@code --classpath}) and with partial ones (the CLI without a classpath: JDK types
 * resolve, library types do not, and calls on them are resolved by the receiver's declared type name and the imports).
 */
public final class JdtCodeView implements JavaCodeView<ASTNode> {
    private final CompilationUnit cu;
    private final String source;
    private final JavaSourceText text;
    private final List<ASTNode> calls = new ArrayList<>();
    private final List<ASTNode> annotations = new ArrayList<>();
    private final List<ASTNode> literals = new ArrayList<>();
    /** Variables already described, by binding key: a view lives for one analysis of an unchanged file. */
    private final Map<String, JavaVariable<ASTNode>> variables = new HashMap<>();

    public JdtCodeView(CompilationUnit cu, String source) {
        this.cu = cu;
        this.source = source;
        this.text = new JavaSourceText(source);
        Set<String> annotationNames = SqlSinks.annotationSimpleNames();
        cu.accept(new ASTVisitor() {
            @Override
            public boolean visit(MethodInvocation mi) {
                calls.add(mi);
                return true;
            }

            @Override
            public boolean visit(SuperMethodInvocation mi) {
                calls.add(mi);
                return true;
            }

            @Override
            public boolean visit(NormalAnnotation a) {
                annotation(a);
                return true;
            }

            @Override
            public boolean visit(SingleMemberAnnotation a) {
                annotation(a);
                return true;
            }

            private void annotation(Annotation a) {
                if (annotationNames.contains(simpleName(a))) annotations.add(a);
            }

            @Override
            public boolean visit(StringLiteral s) {
                literals.add(s);
                return false;
            }

            @Override
            public boolean visit(TextBlock t) {
                literals.add(t);
                return false;
            }
        });
    }

    public CompilationUnit compilationUnit() {
        return cu;
    }

    @Override
    public String text() {
        return source;
    }

    @Override
    public List<ASTNode> calls() {
        return calls;
    }

    @Override
    public List<ASTNode> annotations() {
        return annotations;
    }

    @Override
    public List<ASTNode> stringLiterals() {
        return literals;
    }

    @Override
    public Kind kind(ASTNode e) {
        if (e instanceof StringLiteral || e instanceof TextBlock) return Kind.STRING_LITERAL;
        if (e instanceof ParenthesizedExpression) return Kind.PARENTHESIZED;
        if (e instanceof InfixExpression && isConcatenation((InfixExpression) e)) return Kind.CONCATENATION;
        if (e instanceof Name || e instanceof FieldAccess) return Kind.NAME;
        if (e instanceof MethodInvocation || e instanceof SuperMethodInvocation) return Kind.CALL;
        if (e instanceof ConditionalExpression) return Kind.CONDITIONAL;
        if (e instanceof SwitchExpression) return Kind.SWITCH;
        if (e instanceof ArrayInitializer) return Kind.ARRAY;
        if (e instanceof ClassInstanceCreation) return Kind.NEW;
        return Kind.OTHER;
    }

    /** A {@code +} of strings: by type when bindings exist, else by having a string operand. */
    private boolean isConcatenation(InfixExpression e) {
        if (e.getOperator() != InfixExpression.Operator.PLUS) return false;
        ITypeBinding t = e.resolveTypeBinding();
        if (t != null && !t.isRecovered()) return "java.lang.String".equals(t.getQualifiedName());
        for (ASTNode op : operands(e)) {
            ASTNode u = unparen(op);
            if (u instanceof StringLiteral || u instanceof TextBlock || u instanceof InfixExpression && isConcatenation((InfixExpression) u)) return true;
        }
        return false;
    }

    private static ASTNode unparen(ASTNode e) {
        while (e instanceof ParenthesizedExpression) e = ((ParenthesizedExpression) e).getExpression();
        return e;
    }

    @Override
    public int start(ASTNode node) {
        return node.getStartPosition();
    }

    @Override
    public int end(ASTNode node) {
        return node.getStartPosition() + node.getLength();
    }

    @Override
    public ASTNode parent(ASTNode node) {
        return node.getParent();
    }

    @Override
    public List<ASTNode> operands(ASTNode e) {
        List<ASTNode> ops = new ArrayList<>();
        if (e instanceof InfixExpression) {
            InfixExpression i = (InfixExpression) e;
            ops.add(i.getLeftOperand());
            ops.add(i.getRightOperand());
            for (Object o : i.extendedOperands()) ops.add((ASTNode) o);
        } else if (e instanceof ConditionalExpression) {
            ops.add(((ConditionalExpression) e).getThenExpression());
            ops.add(((ConditionalExpression) e).getElseExpression());
        } else if (e instanceof ArrayInitializer) {
            for (Object o : ((ArrayInitializer) e).expressions()) ops.add((ASTNode) o);
        } else if (e instanceof SwitchExpression) {
            ops.addAll(yields((SwitchExpression) e));
        }
        return ops;
    }

    /** The values a switch expression gives: {@code case A -> value} (an implicit yield) and {@code yield value}. */
    private static List<ASTNode> yields(SwitchExpression sw) {
        List<ASTNode> out = new ArrayList<>();
        for (Object o : sw.statements()) {
            ((ASTNode) o).accept(new SameBodyVisitor() {
                @Override
                public boolean visit(YieldStatement y) {
                    if (y.getExpression() != null) out.add(y.getExpression());
                    return false;
                }

                @Override
                public boolean visit(SwitchExpression nested) {
                    return false;
                }
            });
        }
        return out;
    }

    @Override
    public ASTNode inner(ASTNode parenthesized) {
        return ((ParenthesizedExpression) parenthesized).getExpression();
    }

    @Override
    public Object constantValue(ASTNode e) {
        if (e instanceof BooleanLiteral) return ((BooleanLiteral) e).booleanValue();
        if (e instanceof CharacterLiteral) return ((CharacterLiteral) e).charValue();
        if (!(e instanceof Expression)) return null;
        Object v = ((Expression) e).resolveConstantExpressionValue();
        if (v == null && e instanceof NumberLiteral) return number(((NumberLiteral) e).getToken());
        if (v == null && e instanceof StringLiteral) return ((StringLiteral) e).getLiteralValue();
        if (v == null && e instanceof Name) {
            IBinding b = ((Name) e).resolveBinding();
            if (b instanceof IVariableBinding) v = ((IVariableBinding) b).getConstantValue();
        }
        return v;
    }

    private static Object number(String token) {
        try {
            String t = token.replace("_", "");
            if (t.endsWith("L") || t.endsWith("l")) return Long.parseLong(t.substring(0, t.length() - 1));
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public JavaType type(ASTNode e) {
        if (e instanceof StringLiteral || e instanceof TextBlock) return JavaType.STRING;
        if (!(e instanceof Expression)) return null;
        return type(((Expression) e).resolveTypeBinding());
    }

    static JavaType type(ITypeBinding t) {
        if (t == null || t.isRecovered()) return null;
        if (t.isPrimitive()) return JavaType.primitive(t.getName());
        return new JavaType(t.getErasure().getQualifiedName(), false, t.isEnum());
    }

    @Override
    public JavaVariable<ASTNode> variable(ASTNode name) {
        IVariableBinding v = variableBinding(name);
        if (v == null) return null;
        IVariableBinding decl = v.getVariableDeclaration();
        String key = decl.getKey();
        return key == null ? describe(decl) : variables.computeIfAbsent(key, k -> describe(decl));
    }

    private JavaVariable<ASTNode> describe(IVariableBinding decl) {
        ASTNode declNode = cu.findDeclaringNode(decl);
        // the variable of an enhanced for is a local holding each element of what it iterates
        Expression iterated = declNode instanceof SingleVariableDeclaration && declNode.getParent() instanceof EnhancedForStatement
            && declNode.getLocationInParent() == EnhancedForStatement.PARAMETER_PROPERTY ? ((EnhancedForStatement) declNode.getParent()).getExpression() : null;
        JavaVariable.Kind kind = iterated != null ? JavaVariable.Kind.LOCAL : decl.isParameter() ? JavaVariable.Kind.PARAMETER
            : decl.isField() ? JavaVariable.Kind.FIELD : JavaVariable.Kind.LOCAL;
        Expression init = declNode instanceof VariableDeclaration ? ((VariableDeclaration) declNode).getInitializer() : null;
        JavaStatement declaration = null;
        if (declNode != null && declNode.getParent() instanceof VariableDeclarationStatement
            && ((VariableDeclarationStatement) declNode.getParent()).fragments().size() == 1 && declNode.getParent().getParent() instanceof Block) {
            ASTNode s = declNode.getParent();
            declaration = new JavaStatement(start(s), end(s), true);
        }
        // only a local's assignments matter (a field is followed when final, and never judged safe by its assignments)
        List<JavaVariable.Assignment<ASTNode>> assigned = declNode != null && kind == JavaVariable.Kind.LOCAL ? assignments(decl, declNode) : List.of();
        return new JavaVariable<>(kind, decl.getName(), Modifier.isFinal(decl.getModifiers()), init, assigned, decl.getConstantValue(),
            type(decl.getType()), declaration, decl.isField() && Modifier.isStatic(decl.getModifiers()), iterated);
    }

    private static IVariableBinding variableBinding(ASTNode name) {
        IBinding b = name instanceof Name ? ((Name) name).resolveBinding()
            : name instanceof FieldAccess ? ((FieldAccess) name).resolveFieldBinding() : null;
        return b instanceof IVariableBinding ? (IVariableBinding) b : null;
    }

    /** Assignments to the local {@code v} in the body declaring it, and text appended to it when it is a builder. */
    private List<JavaVariable.Assignment<ASTNode>> assignments(IVariableBinding v, ASTNode decl) {
        List<JavaVariable.Assignment<ASTNode>> out = new ArrayList<>();
        ASTNode scope = decl;
        while (scope != null && !(scope instanceof BodyDeclaration) && !(scope instanceof LambdaExpression)) scope = scope.getParent();
        if (scope == null) return out;
        scope.accept(new ASTVisitor() {
            @Override
            public boolean visit(Assignment a) {
                if (refersTo(a.getLeftHandSide(), v)) {
                    Assignment.Operator op = a.getOperator();
                    out.add(new JavaVariable.Assignment<>(op == Assignment.Operator.ASSIGN || op == Assignment.Operator.PLUS_ASSIGN
                        ? a.getRightHandSide() : null, op == Assignment.Operator.PLUS_ASSIGN));
                }
                return true;
            }

            @Override
            public boolean visit(PostfixExpression p) {
                if (refersTo(p.getOperand(), v)) out.add(new JavaVariable.Assignment<>(null, false));
                return true;
            }

            @Override
            public void endVisit(MethodInvocation m) {
                // sb.append(x), also in a chain sb.append(a).append(b): after the calls it is made on, so a chain's
                // pieces come in source order like those of separate statements
                if (m.getName().getIdentifier().equals("append") && m.arguments().size() == 1 && refersTo(builderOf(m), v)) {
                    out.add(new JavaVariable.Assignment<>((ASTNode) m.arguments().get(0), true));
                }
            }

            @Override
            public boolean visit(PrefixExpression p) {
                PrefixExpression.Operator op = p.getOperator();
                if ((op == PrefixExpression.Operator.INCREMENT || op == PrefixExpression.Operator.DECREMENT) && refersTo(p.getOperand(), v)) {
                    out.add(new JavaVariable.Assignment<>(null, false));
                }
                return true;
            }
        });
        return out;
    }

    /** The receiver at the start of a chain of {@code append} calls. */
    private static Expression builderOf(MethodInvocation m) {
        Expression q = m.getExpression();
        while (q instanceof MethodInvocation && ((MethodInvocation) q).getName().getIdentifier().equals("append")) q = ((MethodInvocation) q).getExpression();
        return q;
    }

    private static boolean refersTo(Expression lhs, IVariableBinding v) {
        if (lhs == null) return false;
        IVariableBinding b = variableBinding(unparen(lhs));
        return b != null && b.getVariableDeclaration().isEqualTo(v);
    }

    @Override
    public boolean insideAnnotation(ASTNode node) {
        for (ASTNode n = node; n != null; n = n.getParent()) {
            if (n instanceof Annotation) return true;
            if (n instanceof Statement || n instanceof BodyDeclaration) return false;
        }
        return false;
    }

    @Override
    public JavaStatement statementOf(ASTNode node) {
        ASTNode n = node;
        while (n != null && !(n instanceof Statement) && !(n instanceof BodyDeclaration)) n = n.getParent();
        if (n == null) return null;
        return new JavaStatement(firstTokenStart(n), end(n), n instanceof Statement && n.getParent() instanceof Block);
    }

    /** Start of a node without its Javadoc (a declaration's range includes it). */
    private int firstTokenStart(ASTNode n) {
        if (n instanceof BodyDeclaration && ((BodyDeclaration) n).getJavadoc() != null) {
            BodyDeclaration b = (BodyDeclaration) n;
            if (!b.modifiers().isEmpty()) return ((ASTNode) b.modifiers().get(0)).getStartPosition();
            int e = end(b.getJavadoc());
            while (e < source.length() && Character.isWhitespace(source.charAt(e))) e++;
            return e;
        }
        return n.getStartPosition();
    }

    @Override
    public JavaStatement bodyOf(ASTNode node) {
        for (ASTNode n = node; n != null; n = n.getParent()) {
            if (n instanceof MethodDeclaration && ((MethodDeclaration) n).getBody() != null) {
                Block body = ((MethodDeclaration) n).getBody();
                return new JavaStatement(start(body), end(body), false);
            }
            if (n instanceof Initializer || n instanceof BodyDeclaration) return new JavaStatement(start(n), end(n), false);
        }
        return null;
    }

    @Override
    public String methodName(ASTNode call) {
        if (call instanceof MethodInvocation) return ((MethodInvocation) call).getName().getIdentifier();
        if (call instanceof SuperMethodInvocation) return ((SuperMethodInvocation) call).getName().getIdentifier();
        return null;
    }

    @Override
    public ASTNode receiver(ASTNode call) {
        return call instanceof MethodInvocation ? ((MethodInvocation) call).getExpression() : null;
    }

    @Override
    public List<ASTNode> arguments(ASTNode call) {
        List<?> args = call instanceof MethodInvocation ? ((MethodInvocation) call).arguments()
            : call instanceof SuperMethodInvocation ? ((SuperMethodInvocation) call).arguments()
            : call instanceof ClassInstanceCreation ? ((ClassInstanceCreation) call).arguments() : List.of();
        List<ASTNode> out = new ArrayList<>();
        for (Object o : args) out.add((ASTNode) o);
        return out;
    }

    @Override
    public List<ASTNode> returnedValues(ASTNode call) {
        IMethodBinding m = call instanceof MethodInvocation ? ((MethodInvocation) call).resolveMethodBinding()
            : call instanceof SuperMethodInvocation ? ((SuperMethodInvocation) call).resolveMethodBinding() : null;
        ASTNode decl = m == null ? null : cu.findDeclaringNode(m.getMethodDeclaration());
        if (!(decl instanceof MethodDeclaration) || ((MethodDeclaration) decl).getBody() == null) return null;
        List<ASTNode> out = new ArrayList<>();
        ((MethodDeclaration) decl).getBody().accept(new SameBodyVisitor() {
            @Override
            public boolean visit(ReturnStatement r) {
                if (r.getExpression() != null) out.add(r.getExpression());
                return false;
            }
        });
        return out;
    }

    @Override
    public List<JavaParameter> annotatedMethodParameters(ASTNode annotation) {
        if (!(annotation.getParent() instanceof MethodDeclaration)) return List.of();
        List<JavaParameter> out = new ArrayList<>();
        for (Object o : ((MethodDeclaration) annotation.getParent()).parameters()) {
            SingleVariableDeclaration p = (SingleVariableDeclaration) o;
            IVariableBinding b = p.resolveBinding();
            JavaType t = b == null ? null : type(b.getType());
            if (t == null && p.getType().isPrimitiveType()) t = JavaType.primitive(p.getType().toString());
            out.add(new JavaParameter(p.getName().getIdentifier(), paramAnnotationValue(p.modifiers()), t));
        }
        return out;
    }

    /**
     * The value of a {@code @Param("name")} or {@code @Param(value = "name")} among a parameter's modifiers, or null.
     * By simple name, as the IntelliJ view reads it: MyBatis's and Spring Data's, also written qualified.
     */
    private String paramAnnotationValue(List<?> modifiers) {
        for (Object m : modifiers) {
            if (!(m instanceof Annotation) || !"Param".equals(simpleName((Annotation) m))) continue;
            ASTNode value = annotationAttribute((Annotation) m, "value");
            if (value instanceof StringLiteral) return ((StringLiteral) value).getLiteralValue();
        }
        return null;
    }

    private static String simpleName(Annotation a) {
        Name n = a.getTypeName();
        return n.isSimpleName() ? n.getFullyQualifiedName() : ((QualifiedName) n).getName().getIdentifier();
    }

    @Override
    public List<String> callOwners(ASTNode call) {
        IMethodBinding m = call instanceof MethodInvocation ? ((MethodInvocation) call).resolveMethodBinding()
            : call instanceof SuperMethodInvocation ? ((SuperMethodInvocation) call).resolveMethodBinding() : null;
        if (m != null && !m.isRecovered() && m.getDeclaringClass() != null && !m.getDeclaringClass().isRecovered()) {
            return typeAndSupertypes(m.getMethodDeclaration().getDeclaringClass());
        }
        // no classpath: the receiver's declared type, named through the imports
        ASTNode q = receiver(call);
        if (q == null) return List.of();
        return text.qualifiedNames(writtenTypeOf(q));
    }

    /** The type name of a receiver as the source writes it: a variable's declared type, or a type name (static call). */
    private String writtenTypeOf(ASTNode receiver) {
        if (receiver instanceof Expression) {
            ITypeBinding t = ((Expression) receiver).resolveTypeBinding();
            if (t != null && !t.isRecovered()) return t.getErasure().getQualifiedName();
            if (t != null) return t.getErasure().getName();
        }
        if (receiver instanceof Name) {
            IBinding b = ((Name) receiver).resolveBinding();
            if (b instanceof IVariableBinding && ((IVariableBinding) b).getType() != null) return ((IVariableBinding) b).getType().getErasure().getName();
            if (b == null || b instanceof ITypeBinding) return ((Name) receiver).getFullyQualifiedName();
        }
        return null;
    }

    /** The class and all its supertypes, nearest first, as erased qualified names. */
    static List<String> typeAndSupertypes(ITypeBinding type) {
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

    @Override
    public String annotationType(ASTNode annotation) {
        Annotation a = (Annotation) annotation;
        var b = a.resolveAnnotationBinding();
        ITypeBinding t = b == null ? null : b.getAnnotationType();
        if (t != null && !t.isRecovered()) return t.getErasure().getQualifiedName();
        List<String> names = text.qualifiedNames(a.getTypeName().getFullyQualifiedName());
        return names.isEmpty() ? null : names.get(0);
    }

    @Override
    public ASTNode annotationAttribute(ASTNode annotation, String name) {
        if (annotation instanceof SingleMemberAnnotation) {
            return "value".equals(name) ? ((SingleMemberAnnotation) annotation).getValue() : null;
        }
        if (annotation instanceof NormalAnnotation) {
            for (Object o : ((NormalAnnotation) annotation).values()) {
                MemberValuePair p = (MemberValuePair) o;
                if (p.getName().getIdentifier().equals(name)) return p.getValue();
            }
        }
        return null;
    }

    /** The string literal or text block at {@code offset}, or null (for "Analyze SQL" at the cursor). */
    public ASTNode stringLiteralAt(int offset) {
        for (ASTNode l : literals) if (offset >= start(l) && offset <= end(l)) return l;
        return null;
    }

    /** Walks one body without entering the bodies nested in it (lambdas, anonymous and local classes). */
    private abstract static class SameBodyVisitor extends ASTVisitor {
        @Override
        public boolean visit(LambdaExpression l) {
            return false;
        }

        @Override
        public boolean visit(AnonymousClassDeclaration c) {
            return false;
        }

        @Override
        public boolean visit(TypeDeclarationStatement t) {
            return false;
        }
    }
}
