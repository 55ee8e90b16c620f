package dev.brickoptima.jvm.pg;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The forms of connection string libpq and the JDBC driver accept, read the way libpq reads them: URI authorities
 * (IPv6, user info, percent-escapes), query parameters that override the URI parts, keyword/value quoting and
 * escapes, environment defaults, port limits, the JDBC URL and driver properties built from them, and each error's
 * exact one-line message with any password masked.
 */
class PgUrlFormsTest {
    private static final Map<String, String> NO_ENV = Map.of();

    private static PgUrl parse(String url) {
        return PgUrl.parse(url, Map.of("PGUSER", "envuser"));
    }

    @Test
    void ipv6AuthorityWithAndWithoutPort() {
        PgUrl withPort = parse("postgresql://bo@[2001:db8::1]:6543/shop");
        assertThat(withPort.host()).isEqualTo("2001:db8::1");
        assertThat(withPort.port()).isEqualTo(6543);
        assertThat(withPort.jdbcUrl()).isEqualTo("jdbc:postgresql://[2001:db8::1]:6543/shop");
        assertThat(withPort.redacted()).isEqualTo("postgresql://bo@[2001:db8::1]:6543/shop");

        PgUrl noPort = parse("postgresql://[::1]/shop");
        assertThat(noPort.host()).isEqualTo("::1");
        assertThat(noPort.port()).isEqualTo(5432);
        assertThat(noPort.user()).isEqualTo("envuser");
        // text after the bracket that is not ":port" is no port
        assertThat(parse("postgresql://[::1]x/shop").port()).isEqualTo(5432);

        assertThatThrownBy(() -> parse("postgresql://u:pw@[::1/shop")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unclosed IPv6 address in postgresql://u:***@[::1/shop");
    }

    @Test
    void userInfoPathAndPercentEscapes() {
        PgUrl u = parse("postgres://app:a%3Ab:c@db.example/sh%C3%B6p%2Fx");
        assertThat(u.user()).isEqualTo("app");
        assertThat(u.password()).isEqualTo("a:b:c");
        assertThat(u.host()).isEqualTo("db.example");
        assertThat(u.database()).isEqualTo("shöp/x");
        // the database is percent-encoded again in the JDBC URL: letters, digits, '_', '-', '.' stay
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/sh%C3%B6p%2Fx");
        assertThat(parse("postgresql://h/a_b-c.d e").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/a_b-c.d%20e");

        // no password part, no host, an empty path: the defaults fill in (the database defaults to the user)
        PgUrl bare = parse("postgresql://someone@/");
        assertThat(bare.user()).isEqualTo("someone");
        assertThat(bare.password()).isNull();
        assertThat(bare.host()).isEqualTo("localhost");
        assertThat(bare.database()).isEqualTo("someone");
        assertThat(parse("postgresql://h").database()).isEqualTo("envuser");
        // a '+' is a plus, not a space (libpq does not decode it)
        assertThat(parse("postgresql://h/d?application_name=a+b").params()).containsEntry("application_name", "a+b");
    }

    @Test
    void schemesAreCaseInsensitiveAndNeedTheAuthoritySlashes() {
        PgUrl j = parse("JDBC:PostgreSQL://h:7000/d");
        assertThat(j.host()).isEqualTo("h");
        assertThat(j.port()).isEqualTo(7000);
        assertThat(parse("POSTGRES://h/d").database()).isEqualTo("d");
        assertThatThrownBy(() -> parse("jdbc:postgresql:shop")).hasMessage("expected '//' after the scheme in jdbc:postgresql:shop");
        assertThatThrownBy(() -> parse("postgresql:shop")).hasMessageStartingWith("not a PostgreSQL URL: postgresql:shop (");
        assertThatThrownBy(() -> parse("jdbc:postgresql:shop?password=hunter2"))
            .hasMessage("expected '//' after the scheme in jdbc:postgresql:shop?password=***");
        assertThatThrownBy(() -> parse("mysql://h/d")).hasMessage("not a PostgreSQL URL: mysql://h/d (postgresql://user@host:5432/db, "
            + "host=... dbname=..., or jdbc:postgresql://...)");
    }

    @Test
    void queryParametersWinOverTheUriParts() {
        PgUrl u = parse("postgresql://a:pa@h1:5000/d1?user=b&password=pb&host=h2&port=6000&dbname=d2&sslmode=disable&&flag");
        assertThat(u.user()).isEqualTo("b");
        assertThat(u.password()).isEqualTo("pb");
        assertThat(u.host()).isEqualTo("h2");
        assertThat(u.port()).isEqualTo(6000);
        assertThat(u.database()).isEqualTo("d2");
        // the URI's own parts are not parameters; empty pairs are skipped, a key without '=' has an empty value
        assertThat(u.params()).containsExactly(Map.entry("sslmode", "disable"), Map.entry("flag", ""));
        // an empty parameter does not override
        assertThat(parse("postgresql://a@h1/d1?user=&host=").user()).isEqualTo("a");
        assertThat(parse("postgresql://a@h1/d1?user=&host=").host()).isEqualTo("h1");
    }

    @Test
    void environmentDefaultsFillOnlyWhatIsMissing() {
        Map<String, String> env = Map.of("PGHOST", "envhost", "PGPORT", "7001", "PGDATABASE", "envdb", "PGUSER", "envuser",
            "PGSSLMODE", "require", "PGAPPNAME", "envapp", "PGCONNECT_TIMEOUT", "9");
        PgUrl fromEnv = PgUrl.parse("", env);
        assertThat(fromEnv.host()).isEqualTo("envhost");
        assertThat(fromEnv.port()).isEqualTo(7001);
        assertThat(fromEnv.database()).isEqualTo("envdb");
        assertThat(fromEnv.user()).isEqualTo("envuser");
        assertThat(fromEnv.params()).containsExactly(Map.entry("sslmode", "require"), Map.entry("application_name", "envapp"),
            Map.entry("connect_timeout", "9"));
        assertThat(PgUrl.parse(null, env).host()).isEqualTo("envhost");

        PgUrl given = PgUrl.parse("postgresql://u@h:5433/d?sslmode=disable&application_name=mine&connect_timeout=2", env);
        assertThat(given.host()).isEqualTo("h");
        assertThat(given.port()).isEqualTo(5433);
        assertThat(given.database()).isEqualTo("d");
        assertThat(given.user()).isEqualTo("u");
        assertThat(given.params()).containsExactly(Map.entry("sslmode", "disable"), Map.entry("application_name", "mine"),
            Map.entry("connect_timeout", "2"));

        // empty environment values count as unset; without PGUSER the user is the operating-system user
        PgUrl empty = PgUrl.parse("", Map.of("PGHOST", "", "PGSSLMODE", "", "PGUSER", ""));
        assertThat(empty.host()).isEqualTo("localhost");
        assertThat(empty.port()).isEqualTo(5432);
        assertThat(empty.params()).isEmpty();
        assertThat(empty.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(empty.database()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void portLimitsAndSocketDirectories() {
        assertThat(parse("postgresql://h:1/d").port()).isEqualTo(1);
        assertThat(parse("postgresql://h:65535/d").port()).isEqualTo(65535);
        assertThat(parse("host=h port=' 5440 '").port()).isEqualTo(5440);
        assertThatThrownBy(() -> parse("postgresql://h:0/d")).hasMessage("invalid port 0");
        assertThatThrownBy(() -> parse("postgresql://h:65536/d")).hasMessage("invalid port 65536");
        assertThatThrownBy(() -> parse("host=h port=x5")).hasMessage("invalid port 'x5'").isInstanceOf(IllegalArgumentException.class);
        // an empty port is no port
        assertThat(parse("host=h port=").port()).isEqualTo(5432);
        assertThatThrownBy(() -> parse("postgresql://%2Fvar%2Frun%2Fpostgresql/d")).hasMessage("host /var/run/postgresql is a Unix-domain "
            + "socket directory; connect over TCP (host=127.0.0.1 or a host name)");
        assertThatThrownBy(() -> PgUrl.parse("", Map.of("PGHOST", "/tmp"))).hasMessageStartingWith("host /tmp is a Unix-domain socket directory");
    }

    @Test
    void keywordValueQuotingAndEscapes() {
        assertThat(PgUrl.keywordValues("  host = db   port=5433 password='a b\\'c\\\\d' user=x\\ y  dbname=''"))
            .containsExactly(Map.entry("host", "db"), Map.entry("port", "5433"), Map.entry("password", "a b'c\\d"), Map.entry("user", "x y"),
                Map.entry("dbname", ""));
        // a backslash at the very end is kept
        assertThat(PgUrl.keywordValues("password=abc\\")).containsExactly(Map.entry("password", "abc\\"));
        assertThat(PgUrl.keywordValues("   ")).isEmpty();

        PgUrl k = parse("host=h dbname=d sslmode=verify-full sslrootcert=/etc/ca.pem target_session_attrs=read-write");
        assertThat(k.password()).isNull();
        assertThat(k.driverProperties()).containsExactly(Map.entry("sslmode", "verify-full"), Map.entry("sslrootcert", "/etc/ca.pem"),
            Map.entry("targetServerType", "primary"));

        assertThatThrownBy(() -> parse("host=h dbname")).hasMessage("missing '=' after \"dbname\" in the connection string");
        assertThatThrownBy(() -> parse("host=h password='secret")).hasMessage("unterminated quoted value for password in the connection string");
    }

    @Test
    void targetSessionAttrsBecomeTheDriversServerType() {
        assertThat(parse("postgresql://h/d?target_session_attrs=read-write").driverProperties()).containsExactly(Map.entry("targetServerType", "primary"));
        assertThat(parse("postgresql://h/d?target_session_attrs=read-only").driverProperties()).containsExactly(Map.entry("targetServerType", "secondary"));
        assertThat(parse("postgresql://h/d?target_session_attrs=any").driverProperties()).containsExactly(Map.entry("targetServerType", "any"));
        assertThat(parse("postgresql://h/d?connect_timeout=4&application_name=bo").driverProperties())
            .containsExactly(Map.entry("connectTimeout", "4"), Map.entry("ApplicationName", "bo"));
    }

    @Test
    void passwordsAreMaskedInWhatMessagesShow() {
        assertThat(PgUrl.safe("postgresql://u:secret@h/db")).isEqualTo("postgresql://u:***@h/db");
        assertThat(PgUrl.safe("host=h PASSWORD=secret port=1")).isEqualTo("host=h PASSWORD=*** port=1");
        assertThat(PgUrl.safe("jdbc:postgresql://h/db?user=u&password=secret&ssl=true")).isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(PgUrl.safe("postgresql://h:5432/db")).isEqualTo("postgresql://h:5432/db");
        PgUrl u = PgUrl.parse("postgresql://u:secret@h/db", NO_ENV);
        assertThat(u.toString()).isEqualTo("postgresql://u@h:5432/db");
    }
}
