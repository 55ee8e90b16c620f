package dev.brickoptima.cli;

import dev.brickoptima.core.sql.UnterminatedComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile inputs given to {@code brickoptima analyze} as a process, as a user or CI would: each ends within a time
 * bound and a heap cap, with the right exit code, the reason on stderr, and every other input still analysed.
 */
class HostileInputIT {
    private static final String GOOD = "SELECT id FROM users WHERE deleted_at = NULL;\n"; // null-comparison, a warning

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static void goodStillAnalysed(CliProcess r) {
        assertThat(r.out()).contains("good.sql:1:").contains("null-comparison");
    }

    @Test
    void aThreeGigabyteFileIsRefusedAtTheLimitWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.sql");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: costs no disk
        }
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar(Map.of(), 120_000, "160m", null, "analyze", big.toString(), good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(big + ": cannot read: larger than the input limit of 20000000 characters")
            .contains("raise it with limits.maxInputChars").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        goodStillAnalysed(r);
        assertThat(r.millis()).isLessThan(60_000);
    }

    @Test
    void devZeroIsRefusedAtTheLimit() throws Exception {
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar(Map.of(), 120_000, "160m", null, "analyze", "/dev/zero", good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("/dev/zero: cannot read: larger than the input limit");
        goodStillAnalysed(r);
    }

    @Test
    void aNamedPipeWithoutAWriterDoesNotBlock() throws Exception {
        Path fifo = dir.resolve("pipe.sql");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar(Map.of(), 60_000, "128m", null, "analyze", fifo.toString(), good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(fifo + ": cannot read: not a regular file (a named pipe or device)");
        goodStillAnalysed(r);
        assertThat(r.millis()).isLessThan(40_000);
    }

    @Test
    void aNamedPipeAsConfigDoesNotBlock() throws Exception {
        Path fifo = dir.resolve("brickoptima.yml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path good = write("good.sql", GOOD);
        CliProcess given = CliProcess.jar(Map.of(), 30_000, "128m", null, "analyze", "--config", fifo.toString(), good.toString());
        assertThat(given.code()).isEqualTo(ExitCode.USAGE);
        assertThat(given.err().strip()).isEqualTo("brickoptima: cannot read configuration " + fifo + ": not a regular file");
        assertThat(given.millis()).isLessThan(20_000);
        // the same pipe found by the lookup from the input's directory upwards
        CliProcess found = CliProcess.jar(Map.of(), 30_000, "128m", null, "analyze", good.toString());
        assertThat(found.code()).isEqualTo(ExitCode.USAGE);
        assertThat(found.err().strip()).isEqualTo("brickoptima: cannot read configuration " + fifo + ": not a regular file");
        assertThat(found.millis()).isLessThan(20_000);
    }

    @Test
    void aTwentyThousandJoinStatementIsAnalysedWithinItsBudget() throws Exception {
        StringBuilder sb = new StringBuilder("SELECT t0.a FROM t0");
        for (int i = 1; i <= 20_000; i++) sb.append(" JOIN t").append(i).append(" ON t").append(i).append(".k = t").append(i - 1).append(".k");
        Path chain = write("chain.sql", sb.append(";\n").toString());
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar(Map.of(), 120_000, "512m", null, "analyze", "--fail-on", "warning", chain.toString(), good.toString());
        // finished (the 5 s statement budget bounds it) and either analysed whole or named as not analysed
        assertThat(r.code()).as(r.err()).isIn(ExitCode.FINDINGS, ExitCode.USAGE);
        if (r.code() == ExitCode.USAGE) assertThat(r.err()).contains("analysis-timeout", "limits.statementBudgetMillis");
        goodStillAnalysed(r);
        assertThat(r.millis()).isLessThan(60_000);
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheWalkGoesOn() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        write("q/good.sql", GOOD);
        write("q/secret/hidden.sql", GOOD);
        write("q/z/also.sql", "SELECT * FROM t;\n");
        Files.setPosixFilePermissions(dir.resolve("q"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("q/z"), PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String f : new String[] {"q/good.sql", "q/z/also.sql"}) {
            Files.setPosixFilePermissions(dir.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.setPosixFilePermissions(dir.resolve("q/secret"), PosixFilePermissions.fromString("---------"));
        try {
            CliProcess r = CliProcess.jarUnprivileged(dir, 60_000, "analyze", "q");
            assertThat(r.code()).as(r.err() + r.out()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("q/secret: cannot read: directory not readable: permission denied");
            assertThat(r.out()).contains("q/good.sql:1:").contains("q/z/also.sql:1:");
        } finally {
            Files.setPosixFilePermissions(dir.resolve("q/secret"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnreadableFileIsNamedOnStderrWithTheReason() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path secret = write("secret.sql", GOOD);
        Path good = write("good.sql", GOOD);
        Files.setPosixFilePermissions(good, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        CliProcess r = CliProcess.jarUnprivileged(dir, 60_000, "analyze", "secret.sql", "good.sql");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("brickoptima: secret.sql: cannot read: permission denied");
        goodStillAnalysed(r);
    }

    @Test
    void aUtf8ByteOrderMarkDoesNotHideFindings() throws Exception {
        Path bom = dir.resolve("bom.sql");
        byte[] sql = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[sql.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(sql, 0, bytes, 3, sql.length);
        Files.write(bom, bytes);
        CliProcess r = CliProcess.jar("analyze", "--fail-on", "warning", bom.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("bom.sql:1:28: warning null-comparison").doesNotContain("parse-error");
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
            Path p = dir.resolve(cs + ".sql");
            byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] sql = GOOD.getBytes(cs);
            byte[] bytes = new byte[sql.length + 2];
            System.arraycopy(bom, 0, bytes, 0, 2);
            System.arraycopy(sql, 0, bytes, 2, sql.length);
            Files.write(p, bytes);
            CliProcess r = CliProcess.jar("analyze", "--fail-on", "warning", p.toString());
            assertThat(r.code()).as(cs + r.out()).isEqualTo(ExitCode.FINDINGS);
            assertThat(r.out()).contains(cs + ".sql:1:28: warning null-comparison");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReportedNotGuessed() throws Exception {
        Path latin1 = dir.resolve("latin1.sql");
        Files.write(latin1, "SELECT 'caf\u00e9' FROM t;\n".getBytes(StandardCharsets.ISO_8859_1));
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar("analyze", latin1.toString(), good.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(latin1 + ": cannot read: not valid UTF-8 (byte 0xE9 at offset 11)");
        goodStillAnalysed(r);
    }

    @Test
    void aBadlyShapedRestJsonDumpIsThatInputsErrorOnly() throws Exception {
        Path json = write("bad.json", "[\"planDescription\"]");
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar("analyze", json.toString(), good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("bad.json").doesNotContain("internal error");
        goodStillAnalysed(r);
    }

    @Test
    void restJsonThatIsNotValidJsonFailsTheRun() throws Exception {
        Path json = write("cut.json", "{\"id\": 1, \"planDescription\": \"== Physical Plan ==\\n");
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar("analyze", json.toString(), good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("brickoptima: " + json + ": not valid JSON: Unexpected end-of-input");
        goodStillAnalysed(r);
    }

    @Test
    void aByteOrderMarkDoesNotHidePlanOrRestJsonFindings() throws Exception {
        String plan = "== Physical Plan ==\nCartesianProduct\n"
            + ":- *(1) FileScan parquet db.a[x#1] Batched: true, DataFilters: [], Format: Parquet\n"
            + "+- *(2) FileScan parquet db.b[y#2] Batched: true, DataFilters: [], Format: Parquet\n";
        String json = "{\"id\": 1, \"status\": \"COMPLETED\", \"description\": \"q\", \"planDescription\": \""
            + plan.replace("\n", "\\n") + "\", \"nodes\": [], \"edges\": []}";
        Path planFile = write("bom.plan", "\uFEFF" + plan);
        Path jsonFile = write("bom.json", "\uFEFF" + json);
        CliProcess r = CliProcess.jar("analyze", "--fail-on", "warning", planFile.toString(), jsonFile.toString());
        assertThat(r.code()).as(r.err() + r.out()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("bom.plan:2:1: warning plan-cartesian-product").contains("bom.json:").contains("plan-cartesian-product")
            .doesNotContain("not valid JSON").doesNotContain("not SQL");
    }

    @Test
    void anUnterminatedCommentFailsTheRunAndWhatCameBeforeIsReported() throws Exception {
        Path open = write("open.sql", GOOD + "/* never closed\nDELETE FROM users;\n");
        CliProcess r = CliProcess.jar("analyze", open.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains("open.sql:1:").contains("null-comparison");
        assertThat(r.err()).contains("brickoptima: " + open + ":2: parse-error: " + UnterminatedComment.MESSAGE_START);
    }

    @Test
    void anUnterminatedStringFailsTheRunAtItsOpeningQuote() throws Exception {
        Path open = write("open-string.sql", GOOD + "SELECT name FROM users WHERE city = 'Paris;\nDELETE FROM users;\n");
        CliProcess r = CliProcess.jar("analyze", open.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).contains("open-string.sql:1:").contains("null-comparison")
            .contains("open-string.sql:2:37: warning parse-error unterminated string: ' is never closed; everything after it is not analysed")
            .doesNotContain("delete-update-without-where");
        assertThat(r.err()).contains("brickoptima: " + open + ":2: parse-error: unterminated string");
    }

    @Test
    void theLimitsOfEachInputsOwnConfigurationRefuseItByName() throws Exception {
        write("small/brickoptima.yml", "limits:\n  maxInputChars: 300\n  maxStatementChars: 60\n");
        Path longStatement = write("small/long.sql", "SELECT id, name, email, created_at, updated_at FROM users WHERE id = 1;\n" + GOOD);
        Path big = write("small/big.sql", GOOD.repeat(10));
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar("analyze", longStatement.toString(), big.toString(), good.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err())
            .contains(longStatement + ":1: input-too-large: statement of ")
            .contains("exceeds the limit of 60; not analysed (raise it with limits.maxStatementChars)")
            .contains(big + ": cannot read: larger than the input limit of 300 characters");
        assertThat(r.out()).contains("long.sql:2:").contains("null-comparison"); // the statement after it is analysed
        goodStillAnalysed(r);
    }

    @Test
    void theReportNeverOverwritesAnInput() throws Exception {
        Path good = write("good.sql", GOOD);
        CliProcess r = CliProcess.jar("analyze", "-o", good.toString(), good.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("brickoptima: -o " + good + " is one of the inputs; the report would overwrite it (choose another file)");
        assertThat(Files.readString(good)).isEqualTo(GOOD);
    }

    @Test
    void aReportIntoAMissingDirectoryIsAClearError() throws Exception {
        Path good = write("good.sql", GOOD);
        Path out = dir.resolve("no/such/dir/report.txt");
        CliProcess r = CliProcess.jar("analyze", "-o", out.toString(), good.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("brickoptima: cannot write the report to " + out + ": directory " + out.getParent() + " does not exist");
    }

    @Test
    void allowIncompleteReportsWhatWasNotAnalysedWithoutFailing() throws Exception {
        Path json = write("bad.json", "[\"planDescription\"]");
        Path clean = write("clean.sql", "SELECT id FROM users;\n");
        CliProcess r = CliProcess.jar("analyze", "--allow-incomplete", json.toString(), clean.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("bad.json");
    }
}
