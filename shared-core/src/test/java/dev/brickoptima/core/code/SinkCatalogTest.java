package dev.brickoptima.core.code;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.SinkDeclaration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sinks of one analysis: the built-in catalog first, then the project's own wrappers declared in its configuration. */
class SinkCatalogTest {
    private static final SinkCatalog PROJECT = SinkCatalog.of(List.of(
        new SinkDeclaration("com.legacy.Db", "run", 1, null),
        new SinkDeclaration("com.legacy.Hive", "exec", 0, Dialect.HIVE)));

    @Test
    void withoutDeclarationsTheBuiltInCatalog() {
        assertThat(SinkCatalog.of(List.of())).isSameAs(SinkCatalog.BUILT_IN);
        assertThat(SinkCatalog.BUILT_IN.declared()).isEmpty();
        assertThat(SinkCatalog.BUILT_IN.isCandidateMethodName("run")).isFalse();
        assertThat(SinkCatalog.BUILT_IN.isCandidateMethodName("executeQuery")).isTrue();
    }

    @Test
    void aDeclaredWrapperIsAStatementSinkWithoutABindFix() {
        assertThat(PROJECT.isCandidateMethodName("run")).isTrue();
        assertThat(PROJECT.isCandidateMethodName("exec")).isTrue();
        assertThat(PROJECT.isCandidateMethodName("runs")).isFalse();
        SqlSink run = PROJECT.method(List.of("com.legacy.Db"), "run", 1);
        assertThat(run).isEqualTo(new SqlSink("declared in configuration", "com.legacy.Db", List.of(), "run", 1, false,
            SqlSink.Use.EXECUTES, SqlSink.Shape.STATEMENT, SqlSink.Bind.NONE, null, SqlSink.Placeholders.STANDARD, null));
        assertThat(PROJECT.method(List.of("com.legacy.Hive"), "exec", 0).dialect()).isEqualTo(Dialect.HIVE);
        assertThat(PROJECT.declared()).extracting(SqlSink::member).containsExactly("run", "exec");
        // the declared argument only, the declared class or a subtype's resolution through it, the declared name
        assertThat(PROJECT.method(List.of("com.legacy.Db"), "run", 0)).isNull();
        assertThat(PROJECT.method(List.of("com.legacy.Other"), "run", 1)).isNull();
        assertThat(PROJECT.method(List.of("com.legacy.SubDb", "com.legacy.Db"), "run", 1)).isEqualTo(run);
        assertThat(PROJECT.method(List.of("com.legacy.Db"), "exec", 0)).isNull();
        assertThat(PROJECT.method(List.of(), "run", 1)).isNull();
        // the built-in catalog answers first
        assertThat(PROJECT.method(List.of("java.sql.Statement"), "executeQuery", 0)).isEqualTo(
            SqlSinks.method("java.sql.Statement", "executeQuery", 0));
        assertThat(PROJECT.method(List.of("java.sql.Statement"), "executeQuery", 1)).isNull();
    }
}
