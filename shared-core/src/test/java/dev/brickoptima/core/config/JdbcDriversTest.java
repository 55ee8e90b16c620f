package dev.brickoptima.core.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcDriversTest {
    @Test
    void mavenDependencyOutsideTestScope() {
        String pom = "<project><dependencies>"
            + "<dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>test</scope></dependency>"
            + "<dependency>\n  <groupId>com.mysql</groupId>\n  <artifactId>mysql-connector-j</artifactId>\n  <scope>runtime</scope>\n</dependency>"
            + "</dependencies></project>";
        assertThat(JdbcDrivers.inBuildFile(pom)).isEqualTo(Dialect.MYSQL);
        // a driver for tests only tells nothing about the production database
        assertThat(JdbcDrivers.inBuildFile("<project><dependency><artifactId>postgresql</artifactId><scope>test</scope></dependency></project>"))
            .isNull();
        // a commented-out driver, or one only managed for child modules, is not a dependency of this project
        assertThat(JdbcDrivers.inBuildFile("<project><!-- <dependency><artifactId>postgresql</artifactId></dependency> --></project>")).isNull();
        assertThat(JdbcDrivers.inBuildFile("<project><dependencyManagement><dependencies><dependency><artifactId>postgresql</artifactId>"
            + "<version>42.7.3</version></dependency></dependencies></dependencyManagement>"
            + "<dependencies><dependency><artifactId>mssql-jdbc</artifactId></dependency></dependencies></project>")).isEqualTo(Dialect.SQLSERVER);
    }

    @Test
    void gradleGroovyAndKotlin() {
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  testImplementation 'com.h2database:h2:2.2.224'\n"
            + "  runtimeOnly 'org.postgresql:postgresql:42.7.3'\n}")).isEqualTo(Dialect.POSTGRES);
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  implementation(\"com.microsoft.sqlserver:mssql-jdbc:12.6.1.jre11\")\n}"))
            .isEqualTo(Dialect.SQLSERVER);
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  implementation group: 'org.apache.hive', name: 'hive-jdbc', version: '3.1.3'\n}"))
            .isEqualTo(Dialect.HIVE);
        assertThat(JdbcDrivers.inBuildFile("dependencies {\n  // runtimeOnly 'org.postgresql:postgresql:42.7.3'\n}")).isNull();
    }

    @Test
    void driversOfTwoDatabasesTellNothing() {
        assertThat(JdbcDrivers.inBuildFile("runtimeOnly 'org.postgresql:postgresql:42.7.3'\nruntimeOnly 'com.mysql:mysql-connector-j:8.3.0'"))
            .isNull();
        assertThat(JdbcDrivers.inBuildFile("implementation 'org.springframework:spring-jdbc:6.1.5'")).isNull();
    }

    @Test
    void jarNamesOnAClasspath() {
        assertThat(JdbcDrivers.onClasspath(List.of("/libs/spring-jdbc-6.1.5.jar", "/libs/postgresql-42.7.3.jar"))).isEqualTo(Dialect.POSTGRES);
        assertThat(JdbcDrivers.onClasspath(List.of("C:\\m2\\mariadb-java-client-3.3.3.jar"))).isEqualTo(Dialect.MYSQL);
        assertThat(JdbcDrivers.onClasspath(List.of("/libs/classes", "/libs/guava-33.0.jar"))).isNull();
    }
}
