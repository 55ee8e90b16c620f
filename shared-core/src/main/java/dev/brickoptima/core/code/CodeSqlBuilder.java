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
    private final TrustedText<N> trust;

    CodeSqlBuilder(JavaCodeView<N> view) {
        this.view = view;
        this.source = view.text();
        this.trust = new TrustedText<>(view);
    }

    /** The SQL {@code expression} builds. Null when too large. */
    CodeSql<N> build(N expression) {
        return build(expression, null);
    }

    /**
     * The SQL {@code expression} builds; with {@code myBatisParameters} (the mapper method's parameters, possibly
     * empty) {@code #{x}} and {@code ${x}} become holes, and array elements are joined with a space as MyBatis joins
     * them. Null when too large.
     */
    CodeSql<N> build(N expression, List<JavaParameter> myBatisParameters) {
        CodeSql<N> out = new CodeSql<>(expression);
        if (!add(expression, out, 0, myBatisParameters)) return null;
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

    private boolean add(N e, CodeSql<N> out, int depth, List<JavaParameter> myBatis) {
        if (out.parts.size() > MAX_PARTS || depth > MAX_DEPTH * 4) return false;
        e = unparen(e);
        switch (view.kind(e)) {
            case STRING_LITERAL: {
                JavaStringLiteral lit = literal(e);
                if (lit == null) {
                    hole(e, out, false);
                } else if (myBatis != null) {
                    addMyBatis(e, lit, out, myBatis);
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
            case ARRAY: {
                // MyBatis joins the strings of an array-valued annotation with a space
                List<N> elements = view.operands(e);
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) out.parts.add(new CodeSql.Part<>(SqlPart.literal(" "), null, view.end(elements.get(i - 1)), view.end(elements.get(i - 1)), null, 0));
                    if (!add(elements.get(i), out, depth + 1, myBatis)) return false;
                }
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
            hole(e, out, trusted(e));
        }
        return true;
    }

    private void hole(N e, CodeSql<N> out, boolean safe) {
        out.parts.add(new CodeSql.Part<>(SqlPart.hole(text(e), safe), e, view.start(e), view.end(e), null, 0));
    }

    /**
     * MyBatis text: {@code #{x}} binds (harmless); {@code ${x}} pastes the parameter's text, harmless only when the
     * parameter it names has a type that cannot carry a quote.
     */
    private void addMyBatis(N e, JavaStringLiteral lit, CodeSql<N> out, List<JavaParameter> parameters) {
        int start = view.start(e);
        for (MyBatisText.Piece mp : MyBatisText.split(lit.content())) {
            String text = lit.content().substring(mp.start(), mp.end());
            if (mp.kind() == MyBatisText.Kind.LITERAL) {
                out.parts.add(new CodeSql.Part<>(SqlPart.literal(text), e, start, view.end(e), lit, mp.start()));
            } else {
                boolean safe = mp.kind() == MyBatisText.Kind.BIND || safeParameter(parameters, MyBatisText.parameterName(text));
                out.parts.add(new CodeSql.Part<>(SqlPart.hole(text, safe), null,
                    start + lit.toSource(mp.start()), start + lit.toSourceEnd(mp.end()), null, 0));
            }
        }
    }

    private static boolean safeParameter(List<JavaParameter> parameters, String name) {
        for (JavaParameter p : parameters) if (p.isNamed(name)) return SafeTypes.isSafe(p.type());
        return false;
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
        out.operands.add(new CodeSql.Operand<>(value != null ? SqlPart.constant(value, text(e)) : SqlPart.hole(text(e), trusted(e)), e));
    }

    /** The text a name or constant expression always contributes (no holes), or null. */
    private String constantText(N e) {
        Object value = view.constantValue(e);
        if (value != null && !(value instanceof Character)) return String.valueOf(value);
        if (view.kind(e) != JavaCodeView.Kind.NAME) return null;
        JavaVariable<N> v = view.variable(e);
        if (!followable(v)) return null;
        CodeSql<N> inner = new CodeSql<>(v.initializer());
        if (!add(v.initializer(), inner, 1, null) || inner.hasHole()) return null;
        StringBuilder sb = new StringBuilder();
        for (CodeSql.Part<N> p : inner.parts) sb.append(p.part().literal());
        return sb.toString();
    }

    /** A variable whose value is its initializer: a final field or a never reassigned local declared in this file. */
    private boolean followable(JavaVariable<N> v) {
        return v != null && v.kind() != JavaVariable.Kind.PARAMETER && v.fixed() && v.initializer() != null && v.iterated() == null;
    }

    /** Whether a hole cannot carry a quote from outside (see {@link TrustedText}). */
    boolean trusted(N e) {
        return trust.trusted(e);
    }

    N unparen(N e) {
        int guard = 0;
        while (e != null && view.kind(e) == JavaCodeView.Kind.PARENTHESIZED && guard++ < 64) e = view.inner(e);
        return e;
    }
}
