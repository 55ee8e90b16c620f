package dev.brickoptima.core.code;

import dev.brickoptima.core.config.SinkDeclaration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sinks one analysis knows: the built-in catalog ({@link SqlSinks}) and the project's own methods declared in its
 * configuration ({@link SinkDeclaration}: wrappers that run the SQL they are given). A declared method runs its SQL in
 * the project's dialect (or the one declared), is analysed with the SQL rules and checked for injection; no bind
 * quick fix is offered, since how the wrapper binds values is unknown.
 */
public final class SinkCatalog {
    public static final SinkCatalog BUILT_IN = new SinkCatalog(List.of());
    /** What a declared sink is called in messages and docs. */
    static final String DECLARED = "declared in configuration";

    private final List<SqlSink> declared;
    private final Set<String> declaredNames = new HashSet<>();

    private SinkCatalog(List<SqlSink> declared) {
        this.declared = declared;
        for (SqlSink s : declared) declaredNames.add(s.member());
    }

    public static SinkCatalog of(List<SinkDeclaration> declarations) {
        if (declarations.isEmpty()) return BUILT_IN;
        List<SqlSink> sinks = new ArrayList<>();
        for (SinkDeclaration d : declarations) {
            sinks.add(new SqlSink(DECLARED, d.owner(), List.of(), d.method(), d.argument(), false, SqlSink.Use.EXECUTES,
                SqlSink.Shape.STATEMENT, SqlSink.Bind.NONE, null, SqlSink.Placeholders.STANDARD, d.dialect()));
        }
        return new SinkCatalog(List.copyOf(sinks));
    }

    /** Cheap filter before resolving a call: could a method of this name be a sink? */
    public boolean isCandidateMethodName(String name) {
        return SqlSinks.isCandidateMethodName(name) || declaredNames.contains(name);
    }

    /** The sink for argument {@code argIndex} of a call whose declaring class and supertypes are {@code classFqns}, or null. */
    SqlSink method(List<String> classFqns, String methodName, int argIndex) {
        SqlSink s = SqlSinks.method(classFqns, methodName, argIndex);
        if (s != null || !declaredNames.contains(methodName)) return s;
        for (String c : classFqns) {
            for (SqlSink d : declared) if (d.member().equals(methodName) && d.ownedBy(c) && d.isSqlArg(argIndex)) return d;
        }
        return null;
    }

    /** The sinks declared in configuration. */
    public List<SqlSink> declared() {
        return declared;
    }
}
