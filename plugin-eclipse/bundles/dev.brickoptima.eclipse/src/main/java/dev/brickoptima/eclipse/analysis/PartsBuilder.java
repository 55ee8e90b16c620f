package dev.brickoptima.eclipse.analysis;

import dev.brickoptima.core.code.JavaStringLiteral;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.Assignment;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.ConditionalExpression;
import org.eclipse.jdt.core.dom.Expression;
import org.eclipse.jdt.core.dom.IBinding;
import org.eclipse.jdt.core.dom.ITypeBinding;
import org.eclipse.jdt.core.dom.IVariableBinding;
import org.eclipse.jdt.core.dom.InfixExpression;
import org.eclipse.jdt.core.dom.Modifier;
import org.eclipse.jdt.core.dom.Name;
import org.eclipse.jdt.core.dom.NumberLiteral;
import org.eclipse.jdt.core.dom.ParenthesizedExpression;
import org.eclipse.jdt.core.dom.SimpleName;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.TextBlock;
import org.eclipse.jdt.core.dom.VariableDeclaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a Java String expression into {@link CodeSql}: literals and text blocks become literal parts mapped to their
 * source, {@code +} chains are flattened, constants and effectively final variables declared in this file are followed
 * to their initializer, constants from elsewhere contribute their value, anything else is a hole.
 */
final class PartsBuilder {
    private static final int MAX_DEPTH = 8;
    private static final Set<String> SAFE_TYPES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
        "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.math.BigDecimal",
        "java.math.BigInteger", "java.util.UUID", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.Instant");

    private final CompilationUnit cu;
    private final String source;

    PartsBuilder(CompilationUnit cu, String source) {
        this.cu = cu;
        this.source = source;
    }

    CodeSql build(Expression e) {
        CodeSql out = new CodeSql();
        add(e, out, 0);
        return out;
    }

    /** Parses a literal node from the source as written (escapes and text block layout included); null if malformed. */
    JavaStringLiteral literal(ASTNode n) {
        int s = n.getStartPosition();
        int e = s + n.getLength();
        if (s < 0 || e > source.length()) return null;
        return JavaStringLiteral.tryParse(source.substring(s, e));
    }

    private void add(Expression e, CodeSql out, int depth) {
        e = unparen(e);
        if (e instanceof StringLiteral || e instanceof TextBlock) {
            JavaStringLiteral lit = literal(e);
            if (lit != null) out.literal(lit, e.getStartPosition());
            else out.hole(e, text(e), false);
            return;
        }
        if (isConcat(e) && depth < MAX_DEPTH * 4) {
            for (Expression op : operands((InfixExpression) e)) add(op, out, depth + 1);
            return;
        }
        if (e instanceof Name && depth < MAX_DEPTH) {
            IBinding b = ((Name) e).resolveBinding();
            if (b instanceof IVariableBinding) {
                IVariableBinding v = (IVariableBinding) b;
                Expression init = followable(v);
                if (init != null) {
                    out.indirect = true;
                    add(init, out, depth + 1);
                    return;
                }
                if (v.getConstantValue() instanceof String) {
                    out.indirect = true;
                    out.foreignConstant((String) v.getConstantValue(), e.getStartPosition(), e.getStartPosition() + e.getLength());
                    return;
                }
                out.hole(e, text(e), safeType(e.resolveTypeBinding()) || constantish(e, 0));
                return;
            }
        }
        out.hole(e, text(e), safeType(e.resolveTypeBinding()) || constantish(e, 0));
    }

    /** The initializer of a constant, final field or effectively final local declared in this file, else null. */
    private Expression followable(IVariableBinding v) {
        boolean fixed = Modifier.isFinal(v.getModifiers()) || (!v.isField() && !v.isParameter() && v.isEffectivelyFinal());
        if (!fixed || v.isParameter()) return null;
        ASTNode decl = cu.findDeclaringNode(v);
        if (decl instanceof VariableDeclaration) return ((VariableDeclaration) decl).getInitializer();
        return null;
    }

    /**
     * Whether an expression can only hold text written in this file: literals, constants, and variables every
     * assignment of which is such text (so {@code sql += " AND active = 1"} is not an injection).
     */
    boolean constantish(Expression e, int depth) {
        e = unparen(e);
        if (depth > MAX_DEPTH) return false;
        if (e instanceof StringLiteral || e instanceof TextBlock || e instanceof NumberLiteral) return true;
        if (e instanceof ConditionalExpression) {
            ConditionalExpression c = (ConditionalExpression) e;
            return constantish(c.getThenExpression(), depth + 1) && constantish(c.getElseExpression(), depth + 1);
        }
        if (isConcat(e)) {
            for (Expression op : operands((InfixExpression) e)) if (!constantish(op, depth + 1)) return false;
            return true;
        }
        if (!(e instanceof Name)) return safeType(e.resolveTypeBinding());
        IBinding b = ((Name) e).resolveBinding();
        if (!(b instanceof IVariableBinding)) return false;
        IVariableBinding v = (IVariableBinding) b;
        if (v.getConstantValue() != null) return true;
        if (safeType(v.getType())) return true;
        if (v.isParameter() || v.isField()) return false;
        ASTNode decl = cu.findDeclaringNode(v);
        if (!(decl instanceof VariableDeclaration)) return false;
        Expression init = ((VariableDeclaration) decl).getInitializer();
        if (init != null && !constantish(init, depth + 1)) return false;
        for (Expression rhs : assignmentsTo(v, decl)) {
            if (rhs == null) return false;
            if (!constantish(rhs, depth + 1)) return false;
        }
        return true;
    }

    /** Right-hand sides of every assignment to {@code v} in its declaring body (null marks one we cannot judge). */
    private List<Expression> assignmentsTo(IVariableBinding v, ASTNode decl) {
        List<Expression> out = new ArrayList<>();
        ASTNode scope = decl;
        while (scope != null && !(scope instanceof org.eclipse.jdt.core.dom.Block && scope.getParent() instanceof org.eclipse.jdt.core.dom.MethodDeclaration)
            && !(scope instanceof org.eclipse.jdt.core.dom.BodyDeclaration)) scope = scope.getParent();
        if (scope == null) return out;
        scope.accept(new ASTVisitor() {
            @Override
            public boolean visit(Assignment a) {
                if (a.getLeftHandSide() instanceof SimpleName && v.isEqualTo(((SimpleName) a.getLeftHandSide()).resolveBinding())) {
                    Assignment.Operator op = a.getOperator();
                    out.add(op == Assignment.Operator.ASSIGN || op == Assignment.Operator.PLUS_ASSIGN ? a.getRightHandSide() : null);
                }
                return true;
            }
        });
        return out;
    }

    static Expression unparen(Expression e) {
        while (e instanceof ParenthesizedExpression) e = ((ParenthesizedExpression) e).getExpression();
        return e;
    }

    /** A {@code +} that concatenates strings (by type when bindings exist, else by having a string literal operand). */
    static boolean isConcat(Expression e) {
        if (!(e instanceof InfixExpression) || ((InfixExpression) e).getOperator() != InfixExpression.Operator.PLUS) return false;
        ITypeBinding t = e.resolveTypeBinding();
        if (t != null) return "java.lang.String".equals(t.getQualifiedName());
        for (Expression op : operands((InfixExpression) e)) {
            Expression u = unparen(op);
            if (u instanceof StringLiteral || u instanceof TextBlock || isConcat(u)) return true;
        }
        return false;
    }

    static List<Expression> operands(InfixExpression e) {
        List<Expression> ops = new ArrayList<>();
        ops.add(e.getLeftOperand());
        ops.add(e.getRightOperand());
        for (Object o : e.extendedOperands()) ops.add((Expression) o);
        return ops;
    }

    /** Types whose text cannot carry a quote: numbers, booleans, enums and a few value types. Not char. */
    static boolean safeType(ITypeBinding t) {
        if (t == null) return false;
        if (t.isPrimitive()) return !t.getName().equals("char");
        if (t.isEnum()) return true;
        return SAFE_TYPES.contains(t.getErasure().getQualifiedName());
    }

    private String text(ASTNode n) {
        int s = n.getStartPosition();
        int e = s + n.getLength();
        return s >= 0 && e <= source.length() ? source.substring(s, e) : n.toString();
    }
}
