package dev.brickoptima.jvm.pg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a ~/.pgpass line matches a connection, field by field, as libpq matches it; and which files are read at all. */
class PgPassFileTest {
    private static final PgUrl URL = PgUrl.parse("postgresql://bo@db.example:6543/shop", Map.of());

    private static String find(String... lines) {
        return PgPassFile.find(List.of(lines), URL);
    }

    @Test
    void eachFieldMustMatchOrBeAWildcard() {
        assertThat(find("db.example:6543:shop:bo:exact")).isEqualTo("exact");
        assertThat(find("*:*:*:*:any")).isEqualTo("any");
        assertThat(find("other:6543:shop:bo:x", "db.example:5432:shop:bo:x", "db.example:6543:other:bo:x", "db.example:6543:shop:other:x"))
            .isNull();
        assertThat(find("db.example:6543:shop:other:x", "db.example:*:shop:bo:second")).isEqualTo("second");
    }

    @Test
    void theFirstMatchingLineWinsAndMalformedLinesAreSkipped() {
        assertThat(find("", "   ", "# db.example:6543:shop:bo:commented", "db.example:6543:shop", "*:*:*:*:first", "*:*:*:*:second"))
            .isEqualTo("first");
        // escaped ':' and '\' in any field; a colon in the password field is part of the password
        assertThat(PgPassFile.find(List.of("db\\:x:1:a\\\\b:u:p"), PgUrl.parse("host=db:x port=1 dbname=a\\\\b user=u", Map.of())))
            .isEqualTo("p");
        assertThat(find("*:*:*:*:pa:ss\\:w\\\\")).isEqualTo("pa:ss:w\\");
        // a trailing backslash is kept as is
        assertThat(find("*:*:*:*:pw\\")).isEqualTo("pw\\");
    }

    @Test
    void filesOthersMayReadOrWriteAreIgnored(@TempDir Path home) throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.write(pgpass, List.of("*:*:*:*:pw"));
        for (String perms : List.of("rw----r--", "rw-r-----", "rw-----w-", "rw--w----")) {
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString(perms));
            assertThat(PgPassFile.lookup(URL, Map.of(), home)).as(perms).isEqualTo(new PgPassFile.Lookup(null,
                "password file " + pgpass + " has group or world access; it is ignored (chmod 0600 " + pgpass + ")"));
        }
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("r--------"));
        assertThat(PgPassFile.lookup(URL, Map.of(), home)).isEqualTo(new PgPassFile.Lookup("pw", null));
    }

    @Test
    void pgpassfileOverridesTheHomeFile(@TempDir Path home) throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.write(pgpass, List.of("*:*:*:*:home"));
        Path other = home.resolve("other");
        Files.write(other, List.of("*:*:*:*:other"));
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPassFile.lookup(URL, Map.of("PGPASSFILE", other.toString()), home).password()).isEqualTo("other");
        // an empty PGPASSFILE is unset
        assertThat(PgPassFile.lookup(URL, Map.of("PGPASSFILE", ""), home).password()).isEqualTo("home");
        // no home and no PGPASSFILE, or a directory in its place: nothing, silently
        assertThat(PgPassFile.lookup(URL, Map.of(), null)).isEqualTo(new PgPassFile.Lookup(null, null));
        assertThat(PgPassFile.lookup(URL, Map.of("PGPASSFILE", home.toString()), home)).isEqualTo(new PgPassFile.Lookup(null, null));
    }
}
