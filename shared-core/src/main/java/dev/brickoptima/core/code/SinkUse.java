package dev.brickoptima.core.code;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression whose String value is SQL because a sink takes it: an argument of a resolved call, or an
 * annotation's {@code value}.
 *
 * @param call       the call, or null for an annotation
 * @param annotation the annotation, or null for a call
 */
record SinkUse<N>(N argument, SqlSink sink, N call, N annotation) {

    /** The sink uses of a file, calls first, each in source order. */
    static <N> List<SinkUse<N>> find(JavaCodeView<N> view, SinkCatalog catalog) {
        List<SinkUse<N>> out = new ArrayList<>();
        for (N call : view.calls()) {
            String name = view.methodName(call);
            if (name == null || !catalog.isCandidateMethodName(name)) continue;
            List<N> args = view.arguments(call);
            List<String> owners = null;
            for (int i = 0; i < args.size(); i++) {
                // overloads share names with the SQL ones (query(PreparedStatementCreator, ...)): the argument must be text
                if (!isText(view, args.get(i))) continue;
                if (owners == null) owners = view.callOwners(call);
                SqlSink sink = catalog.method(owners, name, i);
                if (sink != null) out.add(new SinkUse<>(args.get(i), sink, call, null));
            }
        }
        for (N a : view.annotations()) {
            String type = view.annotationType(a);
            SqlSink sink = type == null ? null : SqlSinks.annotation(type, "value");
            if (sink == null) continue;
            if (sink.requiredAttribute() != null) {
                N flag = view.annotationAttribute(a, sink.requiredAttribute());
                if (flag == null || !Boolean.TRUE.equals(view.constantValue(flag))) continue;
            }
            N value = view.annotationAttribute(a, "value");
            if (value != null) out.add(new SinkUse<>(value, sink, null, a));
        }
        return out;
    }

    private static <N> boolean isText(JavaCodeView<N> view, N arg) {
        JavaType t = view.type(arg);
        if (t != null) return t.isString();
        JavaCodeView.Kind k = view.kind(arg);
        return k == JavaCodeView.Kind.STRING_LITERAL || k == JavaCodeView.Kind.CONCATENATION;
    }
}
