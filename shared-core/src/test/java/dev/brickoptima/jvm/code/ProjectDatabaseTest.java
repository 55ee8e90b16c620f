package dev.brickoptima.jvm.code;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The database a Java file's project talks to, from the JDBC driver of the nearest build file that declares one. */
class ProjectDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void eachCorpusProjectTellsItsDatabase() {
        ProjectDatabase db = new ProjectDatabase();
        Map<String, Dialect> byProject = new TreeMap<>();
        for (JavaCorpus.Project p : JavaCorpus.projects()) {
            String first = p.sources().keySet().iterator().next();
            byProject.put(p.name(), db.forFile(p.sourceRoot().resolve(first), p.dir()));
        }
        Map<String, Dialect> expected = new TreeMap<>();
        expected.put("billing-postgres", Dialect.POSTGRES);   // build.gradle: runtimeOnly 'org.postgresql:postgresql'
        expected.put("legacy-wrappers", null);                // no build file: its brickoptima.yml says postgres
        expected.put("reports-sqlserver", Dialect.SQLSERVER); // pom.xml: mssql-jdbc
        expected.put("shop-mysql", Dialect.MYSQL);            // pom.xml: mysql-connector-j, H2 for tests only
        expected.put("warehouse-hive", Dialect.HIVE);         // pom.xml: hive-jdbc
        assertThat(byProject).isEqualTo(expected);
    }

    @Test
    void aModuleInheritsItsParentsDriverAndTheLookupStopsAtTheRepository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("pom.xml"), "<project><dependencies><dependency><artifactId>postgresql</artifactId></dependency></dependencies></project>");
        Path module = Files.createDirectories(repo.resolve("orders/src/main/java/com/acme"));
        Files.writeString(repo.resolve("orders/pom.xml"), "<project><dependencies><dependency><artifactId>spring-jdbc</artifactId></dependency></dependencies></project>");
        Path dao = Files.writeString(module.resolve("OrderDao.java"), "class OrderDao {}");
        ProjectDatabase db = new ProjectDatabase();
        assertThat(db.forFile(dao)).isEqualTo(Dialect.POSTGRES);
        // the host's project root bounds the lookup
        assertThat(db.forFile(dao, repo.resolve("orders"))).isNull();
        // nothing above the repository root counts
        Files.writeString(dir.resolve("pom.xml"), "<project><dependencies><dependency><artifactId>mssql-jdbc</artifactId></dependency></dependencies></project>");
        Files.delete(repo.resolve("pom.xml"));
        assertThat(db.forFile(dao)).isNull();
    }

    @Test
    void aChangedBuildFileIsReadAgain() throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project><dependencies><dependency><artifactId>mysql-connector-j</artifactId></dependency></dependencies></project>");
        Files.createDirectories(dir.resolve(".git"));
        ProjectDatabase db = new ProjectDatabase();
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.MYSQL);
        Files.writeString(pom, "<project><dependencies><dependency><artifactId>mssql-jdbc</artifactId></dependency>   </dependencies></project>");
        Files.setLastModifiedTime(pom, FileTime.fromMillis(Files.getLastModifiedTime(pom).toMillis() + 2_000));
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.SQLSERVER);
    }

    @Test
    void aDirectoryIsLookedUpFromItself() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path module = Files.createDirectories(dir.resolve("orders"));
        Files.writeString(module.resolve("build.gradle.kts"), "dependencies { runtimeOnly(\"com.mysql:mysql-connector-j:8.4.0\") }");
        ProjectDatabase db = new ProjectDatabase();
        assertThat(db.forFile(module)).isEqualTo(Dialect.MYSQL);
        assertThat(db.forFile(dir)).isNull();
        assertThat(db.forFile(null)).isNull();
    }

    @Test
    void anUnchangedBuildFileTellsTheSameEveryTime() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("pom.xml"), "<project><dependencies><dependency><artifactId>postgresql</artifactId></dependency></dependencies></project>");
        ProjectDatabase db = new ProjectDatabase();
        Path source = dir.resolve("A.java");
        assertThat(db.forFile(source)).isEqualTo(Dialect.POSTGRES);
        assertThat(db.forFile(source)).isEqualTo(Dialect.POSTGRES);
        assertThat(db.forFile(source)).isEqualTo(Dialect.POSTGRES);
    }

    @Test
    void aBuildFileIsReadAgainWhenItsSizeChangesWithinTheSameModificationTime() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project><dependencies><dependency><artifactId>mysql-connector-j</artifactId></dependency></dependencies></project>");
        FileTime saved = Files.getLastModifiedTime(pom);
        ProjectDatabase db = new ProjectDatabase();
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.MYSQL);
        // a quick edit whose time stamp the file system cannot tell apart: the size still shows it
        Files.writeString(pom, "<project><dependencies><dependency><artifactId>postgresql</artifactId></dependency></dependencies></project>");
        Files.setLastModifiedTime(pom, saved);
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.POSTGRES);
    }

    @Test
    void aBuildFileOfTheSameSizeAndTimeIsNotReadAgain() throws Exception {
        // what makes asking on every analysis cheap: size and time stamp decide, the content is read only when they change
        Files.createDirectories(dir.resolve(".git"));
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project><dependencies><dependency><artifactId>mysql-connector-j</artifactId></dependency></dependencies></project>");
        FileTime saved = Files.getLastModifiedTime(pom);
        ProjectDatabase db = new ProjectDatabase();
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.MYSQL);
        Files.writeString(pom, "<project><dependencies><dependency><artifactId>mssql-jdbc</artifactId></dependency>       </dependencies></project>");
        assertThat(Files.size(pom)).isEqualTo(115);
        Files.setLastModifiedTime(pom, saved);
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.MYSQL);
        Files.setLastModifiedTime(pom, FileTime.fromMillis(saved.toMillis() + 2_000));
        assertThat(db.forFile(dir.resolve("A.java"))).isEqualTo(Dialect.SQLSERVER);
    }

    @Test
    void aClasspathTellsItsDriver() {
        assertThat(ProjectDatabase.onClasspath(List.of(Path.of("/libs/spring-jdbc-6.1.5.jar"), Path.of("/libs/mssql-jdbc-12.6.1.jre11.jar"))))
            .isEqualTo(Dialect.SQLSERVER);
        assertThat(ProjectDatabase.onClasspath(List.of(Path.of("/build/classes")))).isNull();
    }
}
