package dev.brickoptima.core.code;

import dev.brickoptima.core.config.Dialect;

import java.util.List;

/**
 * A Java method parameter or annotation attribute whose String value is SQL. IDE hosts resolve a call or an
 * annotation, then look it up in {@link SqlSinks}.
 *
 * @param framework        what the user knows it as ("JDBC", "Spark", "Spring JDBC", "JPA", "jOOQ", "MyBatis", ...)
 * @param owner            fully qualified name of the declaring class, interface or annotation type
 * @param subtypes         known subtypes that also declare or inherit the member (a host resolving to one of these matches)
 * @param member           method name, or the annotation attribute name ({@code value})
 * @param sqlArg           index of the SQL argument (annotations: 0)
 * @param restAreSql       every String argument from {@code sqlArg} on is SQL ({@code batchUpdate(String...)})
 * @param use              what the member does with the SQL
 * @param shape            what kind of SQL text it takes (whole statement, expression, condition, any fragment)
 * @param bind             how a value concatenated into the SQL can be passed as a bind parameter instead
 * @param requiredAttribute annotations only: a boolean attribute that must be true for the value to be SQL
 *                         ({@code nativeQuery} of Spring Data's {@code @Query}); null when none
 * @param placeholders     placeholder syntax inside the SQL text besides {@code ?} and {@code :name}
 * @param dialect          the dialect the member's SQL is always in ({@code spark.sql} is Spark SQL), or null when it
 *                         is the project's database's
 */
public record SqlSink(String framework, String owner, List<String> subtypes, String member, int sqlArg, boolean restAreSql,
                      Use use, Shape shape, Bind bind, String requiredAttribute, Placeholders placeholders, Dialect dialect) {

    public SqlSink {
        subtypes = List.copyOf(subtypes);
    }

    /** What the member does with the SQL text. */
    public enum Use {
        /** Sends the text to the database (or Spark) right away: {@code Statement.executeQuery}, {@code spark.sql}. */
        EXECUTES,
        /** Compiles the text into a prepared statement whose parameters are bound later. */
        PREPARES,
        /** Embeds the text verbatim into a query built in code (jOOQ plain SQL); it runs later. */
        EMBEDS,
        /** Declares a query in an annotation; always a compile-time constant. */
        DECLARES
    }

    /**
     * What kind of SQL text the member takes; only {@link #STATEMENT} is analysed with the SQL rules. {@link #JPQL} is a
     * JPQL or HQL query ({@code EntityManager.createQuery}): not SQL (entities, {@code JOIN FETCH e.items}), so the SQL
     * rules skip it, but a value concatenated into it is an injection all the same.
     */
    public enum Shape { STATEMENT, EXPRESSION, CONDITION, FRAGMENT, JPQL }

    /** How a value can be bound instead of concatenated (used by the injection quick fix). */
    public enum Bind {
        /** No rewrite known. */
        NONE,
        /** {@code stmt.executeQuery(sql)} becomes {@code conn.prepareStatement(sql)} + {@code setXxx} + {@code executeQuery()}. */
        PREPARED_STATEMENT,
        /** Values are appended as trailing {@code Object...} arguments ({@code jdbcTemplate.query(sql, mapper, args)}). */
        TRAILING_ARGS,
        /** Values go in an {@code Object[]} argument after the SQL ({@code spark.sql(sql, new Object[] {...})}). */
        OBJECT_ARRAY,
        /** {@code .setParameter(i, value)} is chained on the result ({@code em.createNativeQuery(sql)}), placeholders {@code ?1}. */
        SET_PARAMETER,
        /** {@code .param(value)} is chained on the result ({@code jdbcClient.sql(sql)}), placeholders {@code ?}. */
        PARAM_CALLS
    }

    /** Placeholder syntax of the SQL text. */
    public enum Placeholders {
        /** Plain SQL: {@code ?}, {@code ?1} and {@code :name} parse as parameters. */
        STANDARD,
        /** MyBatis: {@code #{x}} binds a parameter, {@code ${x}} substitutes text (see {@link MyBatisText}). */
        MYBATIS
    }

    /** The same sink, its SQL always in {@code d}. */
    public SqlSink inDialect(Dialect d) {
        return new SqlSink(framework, owner, subtypes, member, sqlArg, restAreSql, use, shape, bind, requiredAttribute, placeholders, d);
    }

    /** Whether the member executes the SQL text at once (rather than preparing, embedding or declaring it). */
    public boolean executes() {
        return use == Use.EXECUTES;
    }

    /** Whether a non-constant SQL string given to this member is an injection risk (everything but annotations). */
    public boolean injectable() {
        return use != Use.DECLARES;
    }

    public boolean isAnnotation() {
        return use == Use.DECLARES;
    }

    /** Whether {@code classFqn} is the owner or one of the known subtypes. */
    public boolean ownedBy(String classFqn) {
        return owner.equals(classFqn) || subtypes.contains(classFqn);
    }

    /** Whether argument {@code index} of a call to this member is SQL. */
    public boolean isSqlArg(int index) {
        return index == sqlArg || (restAreSql && index > sqlArg);
    }
}
