package dev.brickoptima.jvm.pg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PgUrlTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void libpqUri() {
        PgUrl u = PgUrl.parse("postgresql://bo%40reader:s%3Acret@db.example.com:6432/shop%20db?sslmode=require&connect_timeout=5", NO_ENV);
        assertThat(u.user()).isEqualTo("bo@reader");
        assertThat(u.password()).isEqualTo("s:cret");
        assertThat(u.host()).isEqualTo("db.example.com");
        assertThat(u.port()).isEqualTo(6432);
        assertThat(u.database()).isEqualTo("shop db");
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6432/shop%20db");
        assertThat(u.driverProperties()).containsEntry("sslmode", "require").containsEntry("connectTimeout", "5");
        assertThat(u.redacted()).isEqualTo("postgresql://bo@reader@db.example.com:6432/shop db").doesNotContain("cret");
        assertThat(u.toString()).doesNotContain("cret");
        assertThat(PgUrl.parse("postgres://[::1]:5433/x", NO_ENV).jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/x");
    }

    @Test
    void jdbcUrlAndKeywordValueAndEnvironmentDefaults() {
        PgUrl j = PgUrl.parse("jdbc:postgresql://127.0.0.1:5499/brickoptima?user=bo_reader&ApplicationName=x", NO_ENV);
        assertThat(j.user()).isEqualTo("bo_reader");
        assertThat(j.port()).isEqualTo(5499);
        assertThat(j.driverProperties()).containsEntry("ApplicationName", "x");

        PgUrl k = PgUrl.parse("host=10.0.0.5 port=5433 dbname='my db' user=app password='it\\'s' application_name=bo", NO_ENV);
        assertThat(k.host()).isEqualTo("10.0.0.5");
        assertThat(k.database()).isEqualTo("my db");
        assertThat(k.driverProperties()).containsEntry("ApplicationName", "bo").doesNotContainKey("password");

        PgUrl e = PgUrl.parse("postgresql://", Map.of("PGHOST", "h", "PGPORT", "7000", "PGUSER", "u", "PGSSLMODE", "verify-full"));
        assertThat(e.host()).isEqualTo("h");
        assertThat(e.port()).isEqualTo(7000);
        assertThat(e.user()).isEqualTo("u");
        assertThat(e.database()).isEqualTo("u");
        assertThat(e.params()).containsEntry("sslmode", "verify-full");
    }

    @Test
    void nonsenseIsOneClearLine() {
        assertThatThrownBy(() -> PgUrl.parse("mysql://x/y", NO_ENV)).hasMessageContaining("not a PostgreSQL URL");
        assertThatThrownBy(() -> PgUrl.parse("postgresql://u:secret@h:99999/db", NO_ENV)).hasMessage("invalid port 99999");
        assertThatThrownBy(() -> PgUrl.parse("postgresql://h:abc/db", NO_ENV)).hasMessage("invalid port 'abc'");
        assertThatThrownBy(() -> PgUrl.parse("postgresql:///db?host=/var/run/postgresql", NO_ENV)).hasMessageContaining("Unix-domain socket");
        assertThatThrownBy(() -> PgUrl.parse("postgresql://a:1,b:2/db", NO_ENV)).hasMessageContaining("several hosts");
        assertThatThrownBy(() -> PgUrl.parse("mysql://u:secret@h/db", NO_ENV)).message().doesNotContain("secret");
    }

    @Test
    void passwordFromPgpassAsLibpqMatchesIt(@TempDir Path home) throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.write(pgpass, List.of("# comment", "otherhost:*:*:*:wrong", "127.0.0.1:5499:brickoptima:bo_reader:a\\:b\\\\c", "*:*:*:*:fallback"));
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        PgUrl u = PgUrl.parse("postgresql://bo_reader@127.0.0.1:5499/brickoptima", NO_ENV);
        assertThat(PgPassFile.lookup(u, NO_ENV, home)).isEqualTo(new PgPassFile.Lookup("a:b\\c", null));
        assertThat(PgPassFile.lookup(PgUrl.parse("postgresql://x@h/d", NO_ENV), NO_ENV, home).password()).isEqualTo("fallback");
        // PGPASSWORD wins over the file; the URL's password wins over both
        assertThat(PgConnections.of(u, Map.of("PGPASSWORD", "env"), home).warnings()).isEmpty();

        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        PgPassFile.Lookup open = PgPassFile.lookup(u, NO_ENV, home);
        assertThat(open.password()).isNull();
        assertThat(open.warning()).contains("group or world access").contains("chmod 0600");
        assertThat(PgPassFile.lookup(u, Map.of("PGPASSFILE", home.resolve("none").toString()), home)).isEqualTo(new PgPassFile.Lookup(null, null));
    }
}
