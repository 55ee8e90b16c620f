package dev.brickoptima.core.code;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL a local variable builds up over several statements: a {@code String} assigned again or appended to
 * ({@code sql += " AND " + column + " = ?"}), or a {@code StringBuilder}/{@code StringBuffer} that is appended to and
 * handed over with {@code toString()}. Branches and loops decide which pieces a run joins, so the whole is not one
 * statement the SQL rules could read; each piece is still checked for injection, as it is written.
 */
final class BuiltSql<N> {
    /**
     * One piece, in source order: the SQL it adds, and whether it may start the statement (nothing precedes it), in
     * which case a leading hole is SQL text passed through, not a value spliced in.
     */
    record Piece<N>(CodeSql<N> sql, boolean atStart) {
    }

    private final JavaCodeView<N> view;
    private final CodeSqlBuilder<N> builder;

    BuiltSql(JavaCodeView<N> view, CodeSqlBuilder<N> builder) {
        this.view = view;
        this.builder = builder;
    }

    /** The local a sink argument reads built SQL from ({@code sql}, {@code sb.toString()}), or null. */
    JavaVariable<N> variableOf(N argument) {
        N e = builder.unparen(argument);
        if (e == null) return null;
        if (view.kind(e) == JavaCodeView.Kind.CALL && "toString".equals(view.methodName(e)) && view.arguments(e).isEmpty()
            && view.receiver(e) != null && view.kind(builder.unparen(view.receiver(e))) == JavaCodeView.Kind.NAME) {
            JavaVariable<N> v = view.variable(builder.unparen(view.receiver(e)));
            return v != null && v.kind() == JavaVariable.Kind.LOCAL && TrustedText.isBuilder(v.type()) ? v : null;
        }
        if (view.kind(e) != JavaCodeView.Kind.NAME) return null;
        JavaVariable<N> v = view.variable(e);
        if (v == null || v.kind() != JavaVariable.Kind.LOCAL || v.fixed() || v.iterated() != null) return null;
        return v.type() == null || v.type().isString() ? v : null;
    }

    /** The pieces of the SQL {@code v} builds, in source order; empty when some piece cannot be read. */
    List<Piece<N>> pieces(JavaVariable<N> v) {
        List<Piece<N>> out = new ArrayList<>();
        boolean atStart = true;
        List<N> first = v.initializer() == null ? List.of() : initial(v, v.initializer());
        for (N e : first) atStart = add(out, List.of(e), atStart);
        for (JavaVariable.Assignment<N> a : v.assignments()) {
            if (a.value() == null) continue;
            if (a.append()) {
                atStart = add(out, List.of(a.value()), atStart);
                continue;
            }
            // sql = sql + "..." appends; any other assignment starts the statement again
            List<N> ops = selfAppend(v, a.value());
            if (ops != null) atStart = add(out, ops, atStart);
            else add(out, initial(v, a.value()), true);
        }
        return out;
    }

    /** What an initializer or plain assignment holds: the text itself, or the arguments of {@code new StringBuilder(...)}. */
    private List<N> initial(JavaVariable<N> v, N value) {
        N u = builder.unparen(value);
        if (TrustedText.isBuilder(v.type())) {
            if (view.kind(u) != JavaCodeView.Kind.NEW) return List.of();
            List<N> text = new ArrayList<>();
            for (N arg : view.arguments(u)) {
                JavaType t = view.type(arg);
                if (t == null || !t.primitive()) text.add(arg); // new StringBuilder(256) is a capacity
            }
            return text;
        }
        return List.of(value);
    }

    /** The operands after {@code sql} in {@code sql + a + b}, or null when the value does not start with the variable. */
    private List<N> selfAppend(JavaVariable<N> v, N value) {
        N u = builder.unparen(value);
        if (view.kind(u) != JavaCodeView.Kind.CONCATENATION) return null;
        List<N> ops = view.operands(u);
        N head = builder.unparen(ops.get(0));
        if (view.kind(head) != JavaCodeView.Kind.NAME || !v.equals(view.variable(head))) return null;
        return ops.subList(1, ops.size());
    }

    private boolean add(List<Piece<N>> out, List<N> expressions, boolean atStart) {
        boolean start = atStart;
        for (N e : expressions) {
            CodeSql<N> sql = builder.build(e);
            if (sql == null) continue;
            out.add(new Piece<>(sql, start));
            if (!sql.parts().isEmpty()) start = false;
        }
        return start;
    }
}
