package dev.brickoptima.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CLI run as a separate process, as CI runs it: exit code, stdout, stderr and wall time. {@code jar...} run the
 * packaged jar (integration tests) with a heap cap ({@code -Xmx}) so a test also bounds memory; {@code run} uses the
 * test class path. A run that outlives its time limit is killed and fails the test.
 */
record CliProcess(int code, String out, String err, long millis) {

    static CliProcess jar(Map<String, String> env, long timeoutMillis, String heap, Path stdin, String... args) throws IOException, InterruptedException {
        return launch(List.of(), Path.of(System.getProperty("brickoptima.jar")), null, env, timeoutMillis, heap, stdin, args);
    }

    /**
     * As an unprivileged user when the tests run as root (as CI does), so file permissions apply: root reads a
     * directory of mode 000. The jar is copied into {@code dir}, which that user can read.
     */
    static CliProcess jarUnprivileged(Path dir, long timeoutMillis, String... args) throws IOException, InterruptedException {
        Path jar = dir.resolve("brickoptima.jar");
        if (!Files.exists(jar)) Files.copy(Path.of(System.getProperty("brickoptima.jar")), jar);
        List<String> prefix = "root".equals(System.getProperty("user.name"))
            ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--") : List.of();
        return launch(prefix, jar, dir, Map.of(), timeoutMillis, "256m", null, args);
    }

    private static CliProcess launch(List<String> prefix, Path jar, Path workDir, Map<String, String> env, long timeoutMillis, String heap,
                                  Path stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (workDir != null) pb.directory(workDir.toFile());
        return collect(pb, env, timeoutMillis, stdin, args);
    }

    private static CliProcess collect(ProcessBuilder pb, Map<String, String> env, long timeoutMillis, Path stdin, String... args)
        throws IOException, InterruptedException {
        pb.environment().putAll(env);
        File out = File.createTempFile("cli-out", ".txt");
        File err = File.createTempFile("cli-err", ".txt");
        pb.redirectOutput(out).redirectError(err);
        pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("brickoptima " + String.join(" ", args) + " did not finish in " + timeoutMillis + " ms; stderr: "
                    + Files.readString(err.toPath(), StandardCharsets.UTF_8));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new CliProcess(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8), ms);
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }

    static CliProcess jar(String... args) throws IOException, InterruptedException {
        return jar(Map.of(), 60_000, "256m", null, args);
    }

    /**
     * The CLI from the test class path (no packaged jar needed, so it runs in the unit-test phase), with its own
     * environment as a user's shell would have; PG* variables of the machine are left out.
     */
    static CliProcess run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        return collect(pb, env, 120_000, null, args);
    }
}
