package dev.brickoptima.core.code;

import java.util.List;

/**
 * Reads the SQL a Java String expression builds into {@link CodeSql}: literals and text blocks become literal parts
 * mapped to their source, {@code +} chains are flattened, final fields and effectively final locals declared in this
 * file are followed to their initializer (so a finding lands where the SQL is written), constants declared elsewhere
 * contribute their value, and anything else is a hole.
 */
final class CodeSqlBuilder<N> {
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PARTS = 500;

    private final JavaCodeView<N> view;
    private final String source;

    CodeSqlBuilder(JavaCodeView<N> view) {
        this.view = view;
        this.source = view.text();
    }

    /** The SQL {@code expression} builds; with {@code myBatis}, {@code #{x}} and {@code ${x}} become holes. Null when too large. */
    CodeSql<N> build(N expression, boolean myBatis) {
        CodeSql<N> out = new CodeSql<>(expression);
        if (!add(expression, out, 0, myBatis)) return null;
        addOperands(expression, out);
        return out;
    }

    /** Follows a name given directly to a sink to the expression that writes the SQL; the name itself otherwise. */
    N sqlRoot(N expression) {
        N e = unparen(expression);
        if (view.kind(e) != JavaCodeView.Kind.NAME) return expression;
        JavaVariable<N> v = view.variable(e);
        return followable(v) ? v.initializer() : expression;
    }

    JavaStringLiteral literal(N node) {
        int s = view.start(node);
        int e = view.end(node);
        if (s < 0 || e > source.length() || s > e) return null;
        return JavaStringLiteral.tryParse(source.substring(s, e));
    }

    String text(N node) {
        int s = view.start(node);
        int e = view.end(node);
        return s >= 0 && e <= source.length() && s <= e ? source.substring(s, e) : "";
    }

    private boolean add(N e, CodeSql<N> out, int depth, boolean myBatis) {
        if (out.parts.size() > MAX_PARTS || depth > MAX_DEPTH * 4) return false;
        e = unparen(e);
        switch (view.kind(e)) {
            case STRING_LITERAL: {
                JavaStringLiteral lit = literal(e);
                if (lit == null) {
                    hole(e, out, false);
                } else if (myBatis) {
                    addMyBatis(e, lit, out);
                } else {
                    out.parts.add(new CodeSql.Part<>(SqlPart.literal(lit.content()), e, view.start(e), view.end(e), lit, 0));
                }
                return true;
            }
            case CONCATENATION: {
                List<N> ops = view.operands(e);
                if (numericPrefix(ops)) return constantOrHole(e, out);
                for (N op : ops) if (!add(op, out, depth + 1, myBatis)) return false;
                return true;
            }
            case NAME: {
                JavaVariable<N> v = view.variable(e);
                if (depth < MAX_DEPTH && followable(v)) {
                    return add(v.initializer(), out, depth + 1, myBatis);
                }
                return constantOrHole(e, out);
            }
            default:
                return constantOrHole(e, out);
        }
    }

    /** {@code 1 + 2 + "a"} is "3a": leading non-string operands are added as numbers first, so the whole is one value. */
    private boolean numericPrefix(List<N> ops) {
        if (ops.size() < 2) return false;
        JavaType a = view.type(ops.get(0));
        JavaType b = view.type(ops.get(1));
        return a != null && b != null && !a.isString() && !b.isString();
    }

    private boolean constantOrHole(N e, CodeSql<N> out) {
        Object value = view.constantValue(e);
        if (value != null && !(value instanceof Character)) {
            out.parts.add(new CodeSql.Part<>(SqlPart.constant(String.valueOf(value), text(e)), e, view.start(e), view.end(e), null, 0));
        } else {
            hole(e, out, safe(e, 0));
        }
        return true;
    }

    private void hole(N e, CodeSql<N> out, boolean safe) {
        out.parts.add(new CodeSql.Part<>(SqlPart.hole(text(e), safe), e, view.start(e), view.end(e), null, 0));
    }

    private void addMyBatis(N e, JavaStringLiteral lit, CodeSql<N> out) {
        int start = view.start(e);
        for (MyBatisText.Piece mp : MyBatisText.split(lit.content())) {
            String text = lit.content().substring(mp.start(), mp.end());
            if (mp.kind() == MyBatisText.Kind.LITERAL) {
                out.parts.add(new CodeSql.Part<>(SqlPart.literal(text), e, start, view.end(e), lit, mp.start()));
            } else {
                out.parts.add(new CodeSql.Part<>(SqlPart.hole(text, mp.kind() == MyBatisText.Kind.BIND), null,
                    start + lit.toSource(mp.start()), start + lit.toSourceEnd(mp.end()), null, 0));
            }
        }
    }

    /** The expression's own operands (names not followed): what a rewrite edits. */
    private void addOperands(N e, CodeSql<N> out) {
        e = unparen(e);
        JavaCodeView.Kind k = view.kind(e);
        if (k == JavaCodeView.Kind.CONCATENATION && !numericPrefix(view.operands(e))) {
            for (N op : view.operands(e)) addOperands(op, out);
            return;
        }
        if (k == JavaCodeView.Kind.STRING_LITERAL) {
            JavaStringLiteral lit = literal(e);
            out.operands.add(new CodeSql.Operand<>(lit == null ? SqlPart.hole(text(e), false) : SqlPart.literal(lit.content()), e));
            return;
        }
        String value = constantText(e);
        out.operands.add(new CodeSql.Operand<>(value != null ? SqlPart.constant(value, text(e)) : SqlPart.hole(text(e), safe(e, 0)), e));
    }

    /** The text a name or constant expression always contributes (no holes), or null. */
    private String constantText(N e) {
        Object value = view.constantValue(e);
        if (value != null && !(value instanceof Character)) return String.valueOf(value);
        if (view.kind(e) != JavaCodeView.Kind.NAME) return null;
        JavaVariable<N> v = view.variable(e);
        if (!followable(v)) return null;
        CodeSql<N> inner = new CodeSql<>(v.initializer());
        if (!add(v.initializer(), inner, 1, false) || inner.hasHole()) return null;
        StringBuilder sb = new StringBuilder();
        for (CodeSql.Part<N> p : inner.parts) sb.append(p.part().literal());
        return sb.toString();
    }

    /** A variable whose value is its initializer: a final field or a never reassigned local declared in this file. */
    private boolean followable(JavaVariable<N> v) {
        return v != null && v.kind() != JavaVariable.Kind.PARAMETER && v.fixed() && v.initializer() != null;
    }

    /**
     * Whether a hole cannot carry a quote from outside: a safe type, a constant, or text written in this file only
     * (a local every assignment of which is such text, so {@code sql += " AND active = 1"} is not an injection).
     */
    boolean safe(N e, int depth) {
        e = unparen(e);
        if (depth > MAX_DEPTH) return false;
        if (SafeTypes.isSafe(view.type(e))) return true;
        if (view.constantValue(e) != null) return true;
        switch (view.kind(e)) {
            case STRING_LITERAL:
                return true;
            case CONCATENATION:
            case CONDITIONAL:
                for (N op : view.operands(e)) if (!safe(op, depth + 1)) return false;
                return !view.operands(e).isEmpty();
            case NAME: {
                JavaVariable<N> v = view.variable(e);
                if (v == null) return false;
                if (v.constantValue() != null || SafeTypes.isSafe(v.type())) return true;
                if (v.kind() != JavaVariable.Kind.LOCAL) return false;
                if (v.initializer() != null && !safe(v.initializer(), depth + 1)) return false;
                if (v.initializer() == null && v.assignments().isEmpty()) return false;
                for (JavaVariable.Assignment<N> a : v.assignments()) {
                    if (a.value() == null || !safe(a.value(), depth + 1)) return false;
                }
                return true;
            }
            default:
                return false;
        }
    }

    N unparen(N e) {
        int guard = 0;
        while (e != null && view.kind(e) == JavaCodeView.Kind.PARENTHESIZED && guard++ < 64) e = view.inner(e);
        return e;
    }
}
