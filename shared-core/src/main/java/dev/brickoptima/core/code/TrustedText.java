package dev.brickoptima.core.code;

import java.util.List;
import java.util.Set;

/**
 * Whether a Java expression's text can only be text the program itself holds, never input from outside: the
 * question an injection check asks of each value concatenated into SQL. Trusted are values of a type that cannot
 * carry a quote ({@link SafeTypes}), constants, literals, and what is computed from trusted text only:
 * <ul>
 *   <li>concatenations, {@code ?:} and switch expressions of trusted parts;</li>
 *   <li>locals every assignment of which is trusted; final fields of this file with a trusted initializer; static
 *   final fields declared elsewhere (set once when their class loads, not from a request);</li>
 *   <li>{@code String} methods on trusted text with trusted arguments ({@code """...""".replaceAll(TOKEN, TABLE)},
 *   {@code String.valueOf(id)}), {@code toString()}/{@code name()} of a safe type;</li>
 *   <li>a lookup in a map whose values are trusted ({@code COLUMNS.get(sort)} with {@code COLUMNS = Map.of(...)}),
 *   whatever the key;</li>
 *   <li>the elements of a constant collection in an enhanced {@code for};</li>
 *   <li>a call of a method of this file whose every {@code return} is trusted.</li>
 * </ul>
 * Anything else, parameters above all, is untrusted. Bounded: nested questions stop at a fixed depth (untrusted).
 */
final class TrustedText<N> {
    private static final int MAX_DEPTH = 8;
    private static final Set<String> STRING_METHODS = Set.of("replace", "replaceAll", "replaceFirst", "formatted", "trim",
        "strip", "stripIndent", "stripLeading", "stripTrailing", "toUpperCase", "toLowerCase", "concat", "intern", "repeat",
        "substring", "translateEscapes");
    /** Static methods whose result is text made of their arguments only. */
    private static final Set<String> STATIC_TEXT = Set.of("java.lang.String.valueOf", "java.lang.String.format",
        "java.lang.String.join", "java.lang.String.copyValueOf", "java.util.Objects.toString", "java.lang.Integer.toString",
        "java.lang.Long.toString", "java.lang.Short.toString", "java.lang.Byte.toString", "java.lang.Double.toString",
        "java.lang.Float.toString", "java.lang.Boolean.toString", "java.lang.Integer.toHexString", "java.lang.Long.toHexString");
    private static final Set<String> MAP_FACTORIES = Set.of("java.util.Map.of", "java.util.Map.ofEntries",
        "com.google.common.collect.ImmutableMap.of", "java.util.Map.copyOf");
    private static final Set<String> COLLECTION_FACTORIES = Set.of("java.util.List.of", "java.util.Set.of",
        "java.util.Arrays.asList", "com.google.common.collect.ImmutableList.of", "com.google.common.collect.ImmutableSet.of",
        "java.util.EnumSet.allOf");

    private final JavaCodeView<N> view;

    TrustedText(JavaCodeView<N> view) {
        this.view = view;
    }

    boolean trusted(N e) {
        return trusted(e, 0);
    }

    private boolean trusted(N e, int depth) {
        e = unparen(e);
        if (e == null || depth > MAX_DEPTH) return false;
        if (SafeTypes.isSafe(view.type(e))) return true;
        if (view.constantValue(e) != null) return true;
        switch (view.kind(e)) {
            case STRING_LITERAL:
                return true;
            case CONCATENATION:
            case CONDITIONAL:
            case SWITCH:
            case ARRAY:
                return allTrusted(view.operands(e), depth);
            case NAME:
                return trustedVariable(view.variable(e), depth);
            case CALL:
                return trustedCall(e, depth);
            default:
                return false;
        }
    }

    private boolean allTrusted(List<N> nodes, int depth) {
        if (nodes == null || nodes.isEmpty()) return false;
        for (N n : nodes) if (!trusted(n, depth + 1)) return false;
        return true;
    }

    private boolean trustedVariable(JavaVariable<N> v, int depth) {
        if (v == null) return false;
        if (v.constantValue() != null || SafeTypes.isSafe(v.type())) return true;
        switch (v.kind()) {
            case LOCAL: {
                if (v.iterated() != null) return trustedElements(v.iterated(), depth + 1);
                if (v.initializer() == null && v.assignments().isEmpty()) return false;
                if (v.initializer() != null && !trustedValue(v, v.initializer(), depth)) return false;
                for (JavaVariable.Assignment<N> a : v.assignments()) {
                    if (a.value() == null || !trustedValue(v, a.value(), depth)) return false;
                }
                return true;
            }
            case FIELD:
                if (!v.declaredFinal()) return false;
                if (v.initializer() != null) return trusted(v.initializer(), depth + 1);
                // declared in another file (or assigned in a constructor): a static final is set once, when its class loads
                return v.isStatic();
            default:
                return false;
        }
    }

    /** A value of a variable: a {@code StringBuilder}'s {@code new StringBuilder(text)} counts as its text. */
    private boolean trustedValue(JavaVariable<N> v, N value, int depth) {
        N u = unparen(value);
        if (isBuilder(v.type()) && view.kind(u) == JavaCodeView.Kind.NEW) {
            for (N arg : view.arguments(u)) {
                JavaType t = view.type(arg);
                if ((t == null || !t.primitive()) && !trusted(arg, depth + 1)) return false;
            }
            return true;
        }
        return trusted(value, depth + 1);
    }

    private boolean trustedCall(N call, int depth) {
        String name = view.methodName(call);
        if (name == null) return false;
        N receiver = view.receiver(call);
        List<N> args = view.arguments(call);
        List<String> owners = view.callOwners(call);
        String owner = owners.isEmpty() ? null : owners.get(0);
        // String methods: the result is made of the receiver and the arguments
        if (receiver != null && STRING_METHODS.contains(name) && isString(receiver)) {
            return trusted(receiver, depth + 1) && allTrustedOrNone(args, depth);
        }
        if (owner != null && STATIC_TEXT.contains(owner + "." + name)) return allTrustedOrNone(args, depth);
        // the text of a value that cannot carry a quote (an enum's name, a number's toString), of trusted text, or of a
        // builder all of whose pieces are trusted (a local builder is judged by its initializer and appends)
        if (receiver != null && (name.equals("toString") || name.equals("name")) && args.isEmpty()) {
            return SafeTypes.isSafe(view.type(receiver)) || trusted(receiver, depth + 1);
        }
        // a lookup in a map of trusted values, whatever the key
        if (receiver != null && (name.equals("get") || name.equals("getOrDefault")) && isMapType(owners)) {
            if (name.equals("getOrDefault") && (args.size() < 2 || !trusted(args.get(1), depth + 1))) return false;
            return trustedMapValues(receiver, depth + 1);
        }
        // a method of this file
        List<N> returned = view.returnedValues(call);
        return returned != null && allTrusted(returned, depth);
    }

    private boolean allTrustedOrNone(List<N> args, int depth) {
        for (N a : args) if (!trusted(a, depth + 1)) return false;
        return true;
    }

    /** Whether {@code map} is a map every value of which is trusted (built by {@code Map.of} and the like). */
    private boolean trustedMapValues(N map, int depth) {
        N init = initializerOf(map);
        if (init == null || depth > MAX_DEPTH || view.kind(init) != JavaCodeView.Kind.CALL || !isFactory(init, MAP_FACTORIES)) return false;
        String name = view.methodName(init);
        List<N> args = view.arguments(init);
        if (name.equals("of")) {
            for (int i = 1; i < args.size(); i += 2) if (!trusted(args.get(i), depth + 1)) return false;
            return args.size() % 2 == 0;
        }
        if (name.equals("ofEntries")) {
            for (N entry : args) {
                N u = unparen(entry);
                if (view.kind(u) != JavaCodeView.Kind.CALL || !"entry".equals(view.methodName(u))) return false;
                List<N> kv = view.arguments(u);
                if (kv.size() != 2 || !trusted(kv.get(1), depth + 1)) return false;
            }
            return true;
        }
        return args.size() == 1 && trustedMapValues(args.get(0), depth + 1);
    }

    private boolean trustedMapKeys(N map, int depth) {
        N init = initializerOf(map);
        if (init == null || view.kind(init) != JavaCodeView.Kind.CALL || !isFactory(init, MAP_FACTORIES) || !"of".equals(view.methodName(init))) return false;
        List<N> args = view.arguments(init);
        for (int i = 0; i < args.size(); i += 2) if (!trusted(args.get(i), depth + 1)) return false;
        return true;
    }

    /** Whether every element an enhanced {@code for} takes from {@code iterated} is trusted. */
    private boolean trustedElements(N iterated, int depth) {
        N u = unparen(iterated);
        if (u == null || depth > MAX_DEPTH) return false;
        JavaCodeView.Kind k = view.kind(u);
        if (k == JavaCodeView.Kind.ARRAY) return allTrusted(view.operands(u), depth);
        if (k == JavaCodeView.Kind.CALL) {
            String name = view.methodName(u);
            N receiver = view.receiver(u);
            if (isFactory(u, COLLECTION_FACTORIES)) return name.equals("allOf") || allTrusted(view.arguments(u), depth);
            if (receiver != null && name.equals("values") && view.arguments(u).isEmpty()) {
                // an enum's values() are safe; a map's values() are its values
                return SafeTypes.isSafe(view.type(receiver)) || trustedMapValues(receiver, depth + 1);
            }
            if (receiver != null && name.equals("keySet")) return trustedMapKeys(receiver, depth + 1);
            return false;
        }
        if (k == JavaCodeView.Kind.NAME) {
            N init = initializerOf(u);
            return init != null && trustedElements(init, depth + 1);
        }
        return false;
    }

    /** The initializer of a final field or never reassigned local a name refers to, or null. */
    private N initializerOf(N name) {
        N u = unparen(name);
        if (u == null || view.kind(u) != JavaCodeView.Kind.NAME) return null;
        JavaVariable<N> v = view.variable(u);
        if (v == null || !v.fixed() || v.kind() == JavaVariable.Kind.PARAMETER) return null;
        return unparen(v.initializer());
    }

    private boolean isFactory(N call, Set<String> factories) {
        String name = view.methodName(call);
        for (String owner : view.callOwners(call)) if (factories.contains(owner + "." + name)) return true;
        return false;
    }

    private boolean isString(N e) {
        JavaType t = view.type(e);
        return t == null ? view.kind(unparen(e)) == JavaCodeView.Kind.STRING_LITERAL : t.isString();
    }

    private static boolean isMapType(List<String> owners) {
        for (String o : owners) {
            if (o.equals("java.util.Map") || o.equals("com.google.common.collect.ImmutableMap")) return true;
        }
        return false;
    }

    static boolean isBuilder(JavaType t) {
        return t != null && (t.name().equals("java.lang.StringBuilder") || t.name().equals("java.lang.StringBuffer"));
    }

    private N unparen(N e) {
        int guard = 0;
        while (e != null && view.kind(e) == JavaCodeView.Kind.PARENTHESIZED && guard++ < 64) e = view.inner(e);
        return e;
    }
}
