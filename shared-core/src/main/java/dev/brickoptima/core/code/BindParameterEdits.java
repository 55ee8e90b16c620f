package dev.brickoptima.core.code;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The injection quick fix as text edits: concatenated values move into bind parameters, in the form the sink
 * supports. {@code Statement.execute*} becomes a {@code PreparedStatement} with {@code setXxx} calls (and the
 * {@code Statement} that is then unused goes), JdbcTemplate and jOOQ get trailing arguments, {@code SparkSession.sql}
 * an {@code Object[]}, JPA and Hibernate queries {@code setParameter}, Spring's {@code JdbcClient} {@code param};
 * MyBatis {@code ${x}} becomes {@code #{x}}.
 * Offered only for SQL written at the call, when every unsafe value sits where a value goes.
 */
final class BindParameterEdits<N> {
    static final String PREPARED_STATEMENT = "Use a PreparedStatement with bind parameters";
    static final String BIND = "Pass the concatenated values as bind parameters";
    private static final String PS_TYPE = "java.sql.PreparedStatement";

    private final JavaCodeView<N> view;
    private final JavaSourceText source;

    BindParameterEdits(JavaCodeView<N> view, JavaSourceText source) {
        this.view = view;
        this.source = source;
    }

    /** The fix for SQL argument {@code arg} of {@code call} (given to {@code sink}), or null when none applies. */
    Fix forCall(SqlSink sink, N call, N arg, CodeSql<N> sql) {
        if (call == null || sink.bind() == SqlSink.Bind.NONE) return null;
        PreparedRewrite rw = InjectionCheck.rewrite(sql.operandParts(), sink.bind() == SqlSink.Bind.SET_PARAMETER);
        if (rw == null || rw.params().isEmpty()) return null;
        List<N> args = view.arguments(call);
        int afterLast = view.end(args.get(args.size() - 1));
        List<TextEdit> edits = new ArrayList<>();
        switch (sink.bind()) {
            case TRAILING_ARGS:
                edits.add(replace(arg, rw.javaExpression()));
                edits.add(new TextEdit(afterLast, afterLast, ", " + values(rw)));
                break;
            case OBJECT_ARRAY:
                if (args.size() != 1 || rw.existingPlaceholders() > 0) return null;
                edits.add(replace(arg, rw.javaExpression()));
                edits.add(new TextEdit(afterLast, afterLast, ", new Object[] {" + values(rw) + "}"));
                break;
            case SET_PARAMETER: {
                if (args.size() != 1 || rw.existingPlaceholders() > 0) return null;
                edits.add(replace(arg, rw.javaExpression()));
                StringBuilder sb = new StringBuilder();
                for (PreparedRewrite.Param p : rw.params()) sb.append(".setParameter(").append(p.position() + 1).append(", ").append(p.javaExpression()).append(')');
                edits.add(new TextEdit(view.end(call), view.end(call), sb.toString()));
                break;
            }
            case PARAM_CALLS: {
                // JdbcClient binds either positional or named parameters, not both
                if (args.size() != 1 || rw.existingPlaceholders() > 0 || InjectionCheck.hasNamedParameters(sql.operandParts())) return null;
                edits.add(replace(arg, rw.javaExpression()));
                StringBuilder sb = new StringBuilder();
                for (PreparedRewrite.Param p : rw.params()) sb.append(".param(").append(p.javaExpression()).append(')');
                edits.add(new TextEdit(view.end(call), view.end(call), sb.toString()));
                break;
            }
            case PREPARED_STATEMENT:
                if (args.size() != 1 || rw.existingPlaceholders() > 0) return null;
                return preparedStatement(call, sql, rw);
            default:
                return null;
        }
        edits.sort(Comparator.comparingInt(TextEdit::start));
        return new Fix(BIND, edits);
    }

    /**
     * {@code ResultSet rs = st.executeQuery("... '" + v + "'");} where {@code Statement st = conn.createStatement();}
     * becomes {@code PreparedStatement ps = conn.prepareStatement("... ?"); ps.setString(1, v); ResultSet rs = ps.executeQuery();}.
     */
    private Fix preparedStatement(N call, CodeSql<N> sql, PreparedRewrite rw) {
        N q = view.receiver(call);
        JavaVariable<N> st = q == null || view.kind(q) != JavaCodeView.Kind.NAME ? null : view.variable(q);
        if (st == null || st.kind() != JavaVariable.Kind.LOCAL || st.initializer() == null) return null;
        N create = st.initializer();
        if (view.kind(create) != JavaCodeView.Kind.CALL || !"createStatement".equals(view.methodName(create))
            || !view.arguments(create).isEmpty() || view.receiver(create) == null) return null;
        JavaStatement statement = view.statementOf(call);
        JavaStatement body = view.bodyOf(call);
        if (statement == null || !statement.inBlock() || body == null) return null;
        String text = source.text();
        String connection = text.substring(view.start(view.receiver(create)), view.end(view.receiver(create)));
        boolean importNeeded = !source.imports(PS_TYPE) && !source.importsOtherNamed(PS_TYPE) && source.importInsertOffset() > 0;
        String type = source.imports(PS_TYPE) || importNeeded ? "PreparedStatement" : PS_TYPE;
        String name = freshName(body, "ps");
        String indent = text.substring(source.lineStart(statement.start()), statement.start());
        String nl = source.lineSeparator() + (indent.isBlank() ? indent : "");
        StringBuilder before = new StringBuilder();
        before.append(type).append(' ').append(name).append(" = ").append(connection).append(".prepareStatement(")
            .append(rw.javaExpression()).append(");").append(nl);
        for (PreparedRewrite.Param p : rw.params()) {
            before.append(name).append('.').append(setter(p, sql)).append('(').append(p.position() + 1).append(", ")
                .append(p.javaExpression()).append(");").append(nl);
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(statement.start(), statement.start(), before.toString()));
        edits.add(new TextEdit(view.start(call), view.end(call), name + "." + view.methodName(call) + "()"));
        JavaStatement decl = st.declaration();
        // the Statement is unused once the call no longer goes through it: its declaration and this call are its only uses
        if (decl != null && decl.inBlock() && decl.end() <= statement.start()
            && source.countIdentifier(st.name(), body.start(), body.end()) == 2) {
            int from = source.lineStart(decl.start());
            int to = source.lineEnd(decl.end());
            boolean aloneOnLines = text.substring(from, decl.start()).isBlank() && text.substring(decl.end(), to).isBlank();
            if (aloneOnLines) {
                int next = to < text.length() && text.charAt(to) == '\r' ? to + 1 : to;
                if (next < text.length() && text.charAt(next) == '\n') next++;
                edits.add(new TextEdit(from, Math.min(next, source.lineStart(statement.start())), ""));
            } else {
                edits.add(new TextEdit(decl.start(), decl.end(), ""));
            }
        }
        if (importNeeded) {
            int at = source.importInsertOffset();
            edits.add(new TextEdit(at, at, source.lineSeparator() + "import " + PS_TYPE + ";"));
        }
        edits.sort(Comparator.comparingInt(TextEdit::start));
        return new Fix(PREPARED_STATEMENT, edits);
    }

    /** {@code setString} for text, else by the value's static type. */
    private String setter(PreparedRewrite.Param p, CodeSql<N> sql) {
        if (!p.isPlainValue()) return "setString";
        JavaType t = view.type(sql.operands.get(p.holeIndex()).node());
        if (t == null) return "setObject";
        switch (t.name()) {
            case "java.lang.String": return "setString";
            case "int": case "java.lang.Integer": return "setInt";
            case "long": case "java.lang.Long": return "setLong";
            case "double": case "java.lang.Double": return "setDouble";
            case "boolean": case "java.lang.Boolean": return "setBoolean";
            case "java.math.BigDecimal": return "setBigDecimal";
            default: return "setObject";
        }
    }

    /** A name no local or parameter in scope in {@code body} has (a local may not shadow a parameter). */
    private String freshName(JavaStatement body, String base) {
        int from = source.parameterListStart(body.start());
        String name = base;
        for (int i = 2; source.usesIdentifier(name, from, body.end()); i++) name = base + i;
        return name;
    }

    private TextEdit replace(N node, String text) {
        return new TextEdit(view.start(node), view.end(node), text);
    }

    private static String values(PreparedRewrite rw) {
        StringBuilder sb = new StringBuilder();
        for (PreparedRewrite.Param p : rw.params()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p.javaExpression());
        }
        return sb.toString();
    }

    /**
     * MyBatis: {@code ${x}} pastes text into the SQL; where a value goes, {@code #{x}} binds it ({@code '${x}'} loses
     * its quotes). Judged one placeholder at a time, so one in a column position does not hide this fix.
     */
    Fix myBatis(CodeSql<N> sql, int holeIndex) {
        List<SqlPart> parts = new ArrayList<>(sql.sqlParts());
        for (int k = 0; k < parts.size(); k++) {
            if (k != holeIndex && parts.get(k).isHole()) parts.set(k, SqlPart.hole(parts.get(k).expression(), true));
        }
        PreparedRewrite rw = InjectionCheck.rewrite(parts, false);
        if (rw == null) return null;
        boolean bound = false;
        for (PreparedRewrite.Param p : rw.params()) if (p.holeIndex() == holeIndex && p.isPlainValue()) bound = true;
        if (!bound) return null;
        CodeSql.Part<N> p = sql.parts().get(holeIndex);
        String text = source.text();
        int s = p.start();
        int e = p.end();
        boolean quoted = s > 0 && e < text.length() && text.charAt(s - 1) == '\'' && text.charAt(e) == '\'';
        List<TextEdit> edits = quoted
            ? List.of(new TextEdit(s - 1, s + 1, "#"), new TextEdit(e, e + 1, ""))
            : List.of(new TextEdit(s, s + 1, "#"));
        return new Fix("Bind with #" + p.part().expression().substring(1), edits);
    }
}
