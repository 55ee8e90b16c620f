package dev.brickoptima.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.FindingCost;
import dev.brickoptima.core.finding.Finding;

/**
 * Appends one JSON object per finding to a file (JSON lines), flushed after each execution so a crash loses nothing
 * already analysed. Fields: appId, appName, executionId, description, ruleId, severity, operatorId, message,
 * taskTimeMs, bytes, costBasis.
 */
final class FindingsOutput implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path path;
    private BufferedWriter out;

    FindingsOutput(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    static ObjectNode line(AnalyzedExecution a, Finding f, FindingCost cost) {
        ObjectNode n = JSON.createObjectNode();
        n.put("appId", a.replayed().application().appId());
        n.put("appName", a.replayed().application().appName());
        n.put("executionId", a.replayed().execution().id());
        n.put("description", a.replayed().execution().description());
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        n.put("operatorId", f.location() == null ? null : f.location().operatorId());
        n.put("message", f.message());
        n.put("taskTimeMs", cost.taskTimeMs());
        n.put("bytes", cost.bytes());
        n.put("costBasis", cost.basis());
        return n;
    }

    synchronized void write(AnalyzedExecution a) throws IOException {
        if (a.findings().isEmpty()) return;
        if (out == null) {
            if (path.getParent() != null) Files.createDirectories(path.getParent());
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        for (int i = 0; i < a.findings().size(); i++) {
            FindingCost cost = i < a.costs().size() ? a.costs().get(i) : FindingCost.NONE;
            out.write(JSON.writeValueAsString(line(a, a.findings().get(i), cost)));
            out.write('\n');
        }
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
        out = null;
    }
}
