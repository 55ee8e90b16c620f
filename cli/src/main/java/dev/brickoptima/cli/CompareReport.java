package dev.brickoptima.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brickoptima.core.plan.compare.ComparedPlan;
import dev.brickoptima.core.plan.compare.ExecutionMatcher;
import dev.brickoptima.core.plan.compare.PlanChange;

import java.util.List;

/** The output of {@code brickoptima compare}: per matched pair its changes, then the executions only one side has. */
record CompareReport(List<Pair> pairs, List<ComparedPlan> onlyOld, List<ComparedPlan> onlyNew) {
    enum Format { text, json }

    record Pair(ExecutionMatcher.Match match, List<PlanChange> changes) {
    }

    long regressions() {
        return pairs.stream().flatMap(p -> p.changes().stream()).filter(PlanChange::regression).count();
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            sb.append(p.match().old().label()).append(" -> ").append(p.match().neu().label());
            String d = p.match().neu().description();
            if (d != null && !d.isBlank()) sb.append(" (").append(oneLine(d)).append(')');
            sb.append('\n');
            if (p.changes().isEmpty()) sb.append("    no plan change that matters\n");
            for (PlanChange c : p.changes()) {
                sb.append("    ").append(c.regression() ? "regression " : "change     ").append(c.kind().id()).append(": ").append(c.message());
                if (c.newOperator() != null) sb.append(" [new ").append(c.newOperator()).append(']');
                else if (c.oldOperator() != null) sb.append(" [old ").append(c.oldOperator()).append(']');
                sb.append('\n');
            }
        }
        for (ComparedPlan o : onlyOld) sb.append("only in old: ").append(o.label()).append(describe(o)).append('\n');
        for (ComparedPlan n : onlyNew) sb.append("only in new: ").append(n.label()).append(describe(n)).append('\n');
        long r = regressions();
        sb.append(r).append(r == 1 ? " regression" : " regressions").append(" in ").append(pairs.size())
            .append(pairs.size() == 1 ? " compared plan" : " compared plans");
        if (!onlyOld.isEmpty() || !onlyNew.isEmpty()) sb.append(" (").append(onlyOld.size() + onlyNew.size()).append(" unmatched)");
        return sb.append('\n').toString();
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("regressions", regressions());
        ArrayNode arr = root.putArray("pairs");
        for (Pair p : pairs) {
            ObjectNode o = arr.addObject();
            o.put("old", p.match().old().label());
            o.put("new", p.match().neu().label());
            o.put("description", p.match().neu().description());
            o.put("matchedBy", p.match().how());
            ArrayNode changes = o.putArray("changes");
            for (PlanChange c : p.changes()) {
                ObjectNode ch = changes.addObject();
                ch.put("kind", c.kind().id());
                ch.put("regression", c.regression());
                ch.put("message", c.message());
                if (c.oldOperator() != null) ch.put("oldOperator", c.oldOperator());
                if (c.newOperator() != null) ch.put("newOperator", c.newOperator());
            }
        }
        ArrayNode oo = root.putArray("onlyOld");
        onlyOld.forEach(x -> oo.add(x.label()));
        ArrayNode on = root.putArray("onlyNew");
        onlyNew.forEach(x -> on.add(x.label()));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(ComparedPlan p) {
        return p.description() == null || p.description().isBlank() ? "" : " (" + oneLine(p.description()) + ")";
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= 100 ? t : t.substring(0, 100) + "...";
    }
}
