package dev.brickoptima.core.config;

/**
 * A project's own method whose String argument is SQL (a wrapper around JDBC, a query helper), declared in the
 * configuration so its SQL is analysed and checked for injection like a known API's:
 * <pre>
 * sinks:
 *   - method: com.acme.db.Db.query        # argument 0 is the SQL
 *   - method: com.acme.db.Db.count
 *     argument: 1
 *     dialect: postgres                  # optional: the SQL's dialect when not the project's
 * </pre>
 *
 * @param owner    the qualified name of the class or interface declaring the method (subclasses inherit it)
 * @param method   the method's name
 * @param argument the index of the SQL argument
 * @param dialect  the SQL's dialect, or null for the project's
 */
public record SinkDeclaration(String owner, String method, int argument, Dialect dialect) {

    /** {@code com.acme.db.Db.query} (or {@code com.acme.db.Db#query}) split into owner and method; null when malformed. */
    public static SinkDeclaration parse(String qualifiedMethod, int argument, Dialect dialect) {
        if (qualifiedMethod == null || argument < 0) return null;
        String s = qualifiedMethod.trim();
        int cut = s.indexOf('#') >= 0 ? s.indexOf('#') : s.lastIndexOf('.');
        if (cut <= 0 || cut == s.length() - 1) return null;
        String owner = s.substring(0, cut);
        String method = s.substring(cut + 1);
        if (!javaName(method) || !qualifiedJavaName(owner)) return null;
        return new SinkDeclaration(owner, method, argument, dialect);
    }

    /** Why {@code qualifiedMethod} names no method, or null when it does. */
    public static String problem(String qualifiedMethod) {
        return parse(qualifiedMethod, 0, null) != null ? null
            : "expected a qualified method name such as com.acme.db.Db.query, got '" + qualifiedMethod + "'";
    }

    /** The method as the configuration names it, {@code com.acme.db.Db.query}. */
    public String qualifiedName() {
        return owner + "." + method;
    }

    private static boolean qualifiedJavaName(String s) {
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            if (!javaName(dot < 0 ? s.substring(start) : s.substring(start, dot))) return false;
            if (dot < 0) return true;
            start = dot + 1;
        }
    }

    private static boolean javaName(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) if (!Character.isJavaIdentifierPart(s.charAt(i))) return false;
        return true;
    }
}
