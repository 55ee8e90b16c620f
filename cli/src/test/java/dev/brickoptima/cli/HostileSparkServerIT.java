package dev.brickoptima.cli;

import dev.brickoptima.sparkfixture.FakeSparkServer;
import dev.brickoptima.sparkfixture.FakeSparkServer.Behaviour;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code brickoptima spark} as a process against servers that misbehave: each run ends within its limit with exit 2
 * and one line on stderr naming the option that raises the limit; the token never appears.
 */
class HostileSparkServerIT {
    private static final String TOKEN = "dapi5e8a1c7f02b94d36";

    private static CliProcess spark(FakeSparkServer server, String... more) throws Exception {
        String[] args = new String[more.length + 5];
        args[0] = "spark";
        args[1] = "--url";
        args[2] = server.url();
        args[3] = "--token-env";
        args[4] = "T";
        System.arraycopy(more, 0, args, 5, more.length);
        return CliProcess.jar(Map.of("T", TOKEN), 30_000, "128m", null, args);
    }

    private static void oneLineNaming(CliProcess r, String option) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("brickoptima: ").contains("raise it with " + option);
        for (int i = 0; i + 4 <= TOKEN.length(); i++) assertThat(r.err()).doesNotContain(TOKEN.substring(i, i + 4));
    }

    @Test
    void aDrippingServerEndsAtTheRequestTimeout() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.DRIP, 300)) {
            CliProcess r = spark(server, "--app", "app-1", "--request-timeout", "2", "--timeout", "10");
            oneLineNaming(r, "--request-timeout");
            assertThat(r.millis()).isLessThan(15_000);
        }
    }

    @Test
    void aHangingServerEndsAtTheTotalTimeout() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.HANG)) {
            CliProcess r = spark(server, "--app", "app-1", "--total-timeout", "2");
            oneLineNaming(r, "--total-timeout");
            assertThat(r.millis()).isLessThan(15_000);
        }
    }

    @Test
    void endlessPagingEndsAtThePageCap() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.ENDLESS_PAGING)) {
            CliProcess r = spark(server, "--app", "app-1", "--max-pages", "3");
            oneLineNaming(r, "--max-pages");
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void anEndlessBodyEndsAtTheSizeCapWithinTheHeap() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.ENDLESS_BODY)) {
            CliProcess r = spark(server, "--app", "app-1", "--max-response-mb", "8");
            oneLineNaming(r, "--max-response-mb");
        }
    }

    @Test
    void anEchoedTokenIsNeverPrinted() throws Exception {
        try (FakeSparkServer server = new FakeSparkServer(Behaviour.TOKEN_ECHO)) {
            CliProcess r = spark(server, "--app", "app-1", "--execution", "1");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            for (int i = 0; i + 4 <= TOKEN.length(); i++) {
                assertThat(r.err() + r.out()).doesNotContain(TOKEN.substring(i, i + 4));
            }
            assertThat(r.err()).contains("404");
        }
    }

    @Test
    void aTokenWithALineBreakIsAClearError() throws Exception {
        CliProcess r = CliProcess.jar(Map.of("T", "dapi1234\nabcd"), 30_000, "128m", null,
            "spark", "--url", "http://127.0.0.1:9", "--token-env", "T");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("brickoptima: the bearer token in T contains a line break (character 9); "
            + "a token is one line of printable ASCII (check how the variable was set)");
    }
}
