package dev.brickoptima.core.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Build files and jar names at the edges: elements and comments at the very start, stray markers, unclosed comments. */
class JdbcDriversEdgeCasesTest {

    @Test
    void aPomThatStartsWithADependencyOrAComment() {
        assertThat(JdbcDrivers.inBuildFile("<dependency><artifactId>postgresql</artifactId></dependency>")).isEqualTo(Dialect.POSTGRES);
        assertThat(JdbcDrivers.inBuildFile("<!-- <dependency><artifactId>postgresql</artifactId></dependency> -->"
            + "<project><dependency><artifactId>mssql-jdbc</artifactId></dependency></project>")).isEqualTo(Dialect.SQLSERVER);
    }

    @Test
    void aStrayCommentEndAndAnUnclosedComment() {
        // "-->" in text is not a comment; the comment after it still hides its driver
        assertThat(JdbcDrivers.inBuildFile("<project>a -->"
            + "<!-- <dependency><artifactId>mysql-connector-j</artifactId></dependency> -->"
            + "<dependency><artifactId>postgresql</artifactId></dependency></project>")).isEqualTo(Dialect.POSTGRES);
        // an unclosed comment hides everything after it
        assertThat(JdbcDrivers.inBuildFile("<project><dependency><artifactId>postgresql</artifactId></dependency>"
            + "<!-- <dependency><artifactId>mysql-connector-j</artifactId></dependency>")).isEqualTo(Dialect.POSTGRES);
    }

    @Test
    void gradleTestConfigurationsCoordinatesWithoutVersionAndMultiLineMaps() {
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  testRuntimeOnly 'org.postgresql:postgresql:42.7.3'\n"
            + "  runtimeOnly 'com.mysql:mysql-connector-j:8.3.0'\n}")).isEqualTo(Dialect.MYSQL);
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  implementation 'org.postgresql:postgresql'\n}")).isEqualTo(Dialect.POSTGRES);
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  implementation(\n    group: 'org.apache.hive',\n"
            + "    name: 'hive-jdbc', version: '3.1.3')\n}")).isEqualTo(Dialect.HIVE);
        // two drivers of different databases on one line: each quoted string is read on its own
        assertThat(JdbcDrivers.inBuildFile("runtimeOnly \"org.postgresql:postgresql:42.7.3\", 'com.mysql:mysql-connector-j:8.3.0'"))
            .isNull();
    }

    @Test
    void jarNamesWithoutDirectoryOrVersion() {
        assertThat(JdbcDrivers.onClasspath(List.of("postgresql-42.7.3.jar"))).isEqualTo(Dialect.POSTGRES);
        assertThat(JdbcDrivers.onClasspath(List.of("/libs/odd-.jar", "/libs/hive-jdbc.jar"))).isEqualTo(Dialect.HIVE);
        assertThat(JdbcDrivers.onClasspath(List.of("/libs/postgresql-42.7.3.jar.sha1"))).isNull();
    }
}
