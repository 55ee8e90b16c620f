package dev.brickoptima.core.code;

import dev.brickoptima.core.code.SqlSink.Bind;
import dev.brickoptima.core.code.SqlSink.Placeholders;
import dev.brickoptima.core.code.SqlSink.Shape;
import dev.brickoptima.core.code.SqlSink.Use;
import dev.brickoptima.core.config.Dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog of Java methods and annotations whose String argument is SQL, shared by the IDE plugins.
 * A host resolves a call (declaring class, method name, argument index) or an annotation attribute and asks
 * {@link #method} or {@link #annotation}; {@link #isCandidateMethodName} is a cheap filter before resolving.
 * Hosts must still check the argument's static type is String (overloads such as
 * {@code JdbcTemplate.query(PreparedStatementCreator, ...)} share names with the SQL ones).
 */
public final class SqlSinks {
    private static final List<SqlSink> ALL;
    private static final Map<String, List<SqlSink>> BY_MEMBER;

    static {
        List<SqlSink> all = new ArrayList<>();
        // JDBC: the Statement methods execute at once; PreparedStatement/CallableStatement inherit them
        List<String> statementSubtypes = List.of("java.sql.PreparedStatement", "java.sql.CallableStatement");
        for (String m : new String[] {"execute", "executeQuery", "executeUpdate", "executeLargeUpdate"}) {
            all.add(method("JDBC", "java.sql.Statement", statementSubtypes, m, 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.PREPARED_STATEMENT));
        }
        all.add(method("JDBC", "java.sql.Statement", statementSubtypes, "addBatch", 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.NONE));
        for (String m : new String[] {"prepareStatement", "prepareCall"}) {
            all.add(method("JDBC", "java.sql.Connection", List.of(), m, 0, false, Use.PREPARES, Shape.STATEMENT, Bind.NONE));
        }
        all.add(method("JDBC", "java.sql.Connection", List.of(), "nativeSQL", 0, false, Use.PREPARES, Shape.STATEMENT, Bind.NONE));

        // Spark: SparkSession.sql and the older SQLContext.sql run the query (positional ? parameters since 3.4), in Spark SQL
        all.add(method("Spark", "org.apache.spark.sql.SparkSession", List.of(), "sql", 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.OBJECT_ARRAY)
            .inDialect(Dialect.SPARK));
        all.add(method("Spark", "org.apache.spark.sql.SQLContext", List.of(), "sql", 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.NONE)
            .inDialect(Dialect.SPARK));

        // Spring JDBC: JdbcTemplate methods accept trailing Object... args for ? parameters
        List<String> jdbcTemplates = List.of("org.springframework.jdbc.core.JdbcTemplate");
        for (String m : new String[] {"query", "queryForObject", "queryForList", "queryForMap", "queryForRowSet", "update"}) {
            all.add(method("Spring JDBC", "org.springframework.jdbc.core.JdbcOperations", jdbcTemplates, m, 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.TRAILING_ARGS));
        }
        all.add(method("Spring JDBC", "org.springframework.jdbc.core.JdbcOperations", jdbcTemplates, "batchUpdate", 0, true, Use.EXECUTES, Shape.STATEMENT, Bind.NONE));
        all.add(method("Spring JDBC", "org.springframework.jdbc.core.JdbcOperations", jdbcTemplates, "execute", 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.NONE));
        List<String> namedTemplates = List.of("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate");
        for (String m : new String[] {"query", "queryForObject", "queryForList", "queryForMap", "queryForRowSet", "update", "batchUpdate", "execute"}) {
            all.add(method("Spring JDBC", "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations", namedTemplates, m, 0, false,
                Use.EXECUTES, Shape.STATEMENT, Bind.NONE));
        }

        // Spring 6.1 JdbcClient: sql(...) starts a chain that binds with param(...) and runs the statement
        all.add(method("Spring JDBC", "org.springframework.jdbc.core.simple.JdbcClient", List.of(), "sql", 0, false,
            Use.EXECUTES, Shape.STATEMENT, Bind.PARAM_CALLS));

        // JPA (javax and jakarta): native SQL, and JPQL (not SQL: checked for injection only)
        List<String> hibernateSessions = List.of("org.hibernate.Session", "org.hibernate.engine.spi.SessionImplementor");
        for (String pkg : new String[] {"javax.persistence", "jakarta.persistence"}) {
            all.add(method("JPA", pkg + ".EntityManager", hibernateSessions, "createNativeQuery", 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.SET_PARAMETER));
            all.add(method("JPA", pkg + ".EntityManager", hibernateSessions, "createQuery", 0, false, Use.EXECUTES, Shape.JPQL, Bind.SET_PARAMETER));
        }
        // Hibernate: QueryProducer (5.2+) and the older SharedSessionContract / Session declare the same methods
        List<String> hibernateProducers = List.of("org.hibernate.SharedSessionContract", "org.hibernate.Session", "org.hibernate.StatelessSession",
            "org.hibernate.engine.spi.SessionImplementor", "org.hibernate.engine.spi.SharedSessionContractImplementor");
        for (String m : new String[] {"createNativeQuery", "createSQLQuery", "createNativeMutationQuery"}) {
            all.add(method("Hibernate", "org.hibernate.query.QueryProducer", hibernateProducers, m, 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.SET_PARAMETER));
        }
        for (String m : new String[] {"createQuery", "createSelectionQuery", "createMutationQuery"}) {
            all.add(method("Hibernate", "org.hibernate.query.QueryProducer", hibernateProducers, m, 0, false, Use.EXECUTES, Shape.JPQL, Bind.SET_PARAMETER));
        }

        // jOOQ plain SQL: DSLContext runs it; DSL embeds it in a query built in code. Both take Object... bindings.
        List<String> dslContexts = List.of("org.jooq.impl.DefaultDSLContext");
        for (String m : new String[] {"fetch", "fetchOne", "fetchSingle", "fetchOptional", "fetchValue", "fetchLazy", "fetchMany", "fetchStream", "execute"}) {
            all.add(method("jOOQ", "org.jooq.DSLContext", dslContexts, m, 0, false, Use.EXECUTES, Shape.STATEMENT, Bind.TRAILING_ARGS));
        }
        for (String m : new String[] {"resultQuery", "query"}) {
            all.add(method("jOOQ", "org.jooq.DSLContext", dslContexts, m, 0, false, Use.EMBEDS, Shape.STATEMENT, Bind.TRAILING_ARGS));
        }
        all.add(method("jOOQ", "org.jooq.impl.DSL", List.of(), "sql", 0, false, Use.EMBEDS, Shape.FRAGMENT, Bind.TRAILING_ARGS));
        all.add(method("jOOQ", "org.jooq.impl.DSL", List.of(), "field", 0, false, Use.EMBEDS, Shape.EXPRESSION, Bind.TRAILING_ARGS));
        all.add(method("jOOQ", "org.jooq.impl.DSL", List.of(), "condition", 0, false, Use.EMBEDS, Shape.CONDITION, Bind.TRAILING_ARGS));
        all.add(method("jOOQ", "org.jooq.impl.DSL", List.of(), "resultQuery", 0, false, Use.EMBEDS, Shape.STATEMENT, Bind.TRAILING_ARGS));
        all.add(method("jOOQ", "org.jooq.impl.DSL", List.of(), "query", 0, false, Use.EMBEDS, Shape.STATEMENT, Bind.TRAILING_ARGS));

        // annotations: Spring Data native queries and MyBatis mapper methods
        all.add(annotation("Spring Data", "org.springframework.data.jpa.repository.Query", "nativeQuery", Placeholders.STANDARD));
        for (String a : new String[] {"Select", "Update", "Insert", "Delete"}) {
            all.add(annotation("MyBatis", "org.apache.ibatis.annotations." + a, null, Placeholders.MYBATIS));
        }
        ALL = Collections.unmodifiableList(all);

        Map<String, List<SqlSink>> byMember = new HashMap<>();
        for (SqlSink s : all) {
            if (s.isAnnotation()) continue;
            byMember.computeIfAbsent(s.member(), k -> new ArrayList<>()).add(s);
        }
        BY_MEMBER = byMember;
    }

    private static final Set<String> METHOD_NAMES = new HashSet<>(BY_MEMBER.keySet());

    private SqlSinks() {
    }

    private static SqlSink method(String framework, String owner, List<String> subtypes, String name, int arg, boolean rest,
                                  Use use, Shape shape, Bind bind) {
        return new SqlSink(framework, owner, subtypes, name, arg, rest, use, shape, bind, null, Placeholders.STANDARD, null);
    }

    private static SqlSink annotation(String framework, String type, String requiredAttribute, Placeholders placeholders) {
        return new SqlSink(framework, type, List.of(), "value", 0, false, Use.DECLARES, Shape.STATEMENT, Bind.NONE,
            requiredAttribute, placeholders, null);
    }

    /** Every sink, methods first, then annotations. */
    public static List<SqlSink> all() {
        return ALL;
    }

    /** Cheap filter before resolving a call: could a method of this name be a sink? */
    public static boolean isCandidateMethodName(String methodName) {
        return METHOD_NAMES.contains(methodName);
    }

    /**
     * The sink for argument {@code argIndex} of a call to {@code methodName} declared in {@code declaringClassFqn}
     * (or in a known subtype), or null when that argument is not SQL.
     */
    public static SqlSink method(String declaringClassFqn, String methodName, int argIndex) {
        List<SqlSink> candidates = BY_MEMBER.get(methodName);
        if (candidates == null || declaringClassFqn == null) return null;
        for (SqlSink s : candidates) if (s.ownedBy(declaringClassFqn) && s.isSqlArg(argIndex)) return s;
        return null;
    }

    /**
     * Like {@link #method(String, String, int)} but tries each of {@code classFqns} in order: the declaring class
     * and then its supertypes, for hosts that resolve to an overriding method of an unknown class.
     */
    public static SqlSink method(Iterable<String> classFqns, String methodName, int argIndex) {
        if (!isCandidateMethodName(methodName)) return null;
        for (String c : classFqns) {
            SqlSink s = method(c, methodName, argIndex);
            if (s != null) return s;
        }
        return null;
    }

    /** The sink for attribute {@code attribute} of annotation {@code annotationFqn}, or null. */
    public static SqlSink annotation(String annotationFqn, String attribute) {
        String attr = attribute == null ? "value" : attribute;
        for (SqlSink s : ALL) if (s.isAnnotation() && s.owner().equals(annotationFqn) && s.member().equals(attr)) return s;
        return null;
    }

    /** Whether {@code annotationFqn} is a SQL annotation (any attribute); a cheap check before reading attributes. */
    public static boolean isSqlAnnotation(String annotationFqn) {
        return annotation(annotationFqn, "value") != null;
    }

    /** Simple names of the SQL annotations, for hosts that filter by short name before resolving. */
    public static Set<String> annotationSimpleNames() {
        Set<String> names = new HashSet<>();
        for (SqlSink s : ALL) if (s.isAnnotation()) names.add(s.owner().substring(s.owner().lastIndexOf('.') + 1));
        return names;
    }
}
