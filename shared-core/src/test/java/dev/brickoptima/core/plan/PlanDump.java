package dev.brickoptima.core.plan;

import java.util.stream.Collectors;

/** Test helper: every parsed field of every operator, one line each. */
final class PlanDump {
    static String of(PhysicalPlan p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.format()).append(" roots=").append(ids(p.roots())).append('\n');
        for (PlanOperator op : p.operators().values()) {
            sb.append(op.id()).append(" name=").append(op.name()).append(" | label=").append(op.label())
              .append(" | args=").append(op.arguments()).append(" | cg=").append(op.codegenStageId())
              .append(" | at=").append(op.line()).append(':').append(op.column())
              .append(" | text=").append(op.start() < 0 ? "-" : p.text().substring(op.start(), op.end()))
              .append(" | detailLine=").append(op.detailLine())
              .append(" | children=").append(ids(op.children())).append(" | inner=").append(ids(op.innerChildren()))
              .append(op.inSubquery() ? " | inSubquery" : "")
              .append(op.reusesId() >= 0 ? " | reuses=" + op.reusesId() + "->" + (op.reused() == null ? "null" : op.reused().id()) : "")
              .append(op.statistics() == null ? "" : " | stats=" + op.statistics().sizeInBytes() + "/" + op.statistics().rowCount())
              .append(op.finalPlan() == null ? "" : " | final=" + op.finalPlan().id())
              .append(op.initialPlan() == null ? "" : " | initial=" + op.initialPlan().id())
              .append('\n');
            op.details().forEach((k, v) -> sb.append("    ").append(k).append(" = ").append(v).append('\n'));
        }
        for (PlanSubquery s : p.subqueries()) {
            sb.append("subquery ").append(s.index()).append(" host=").append(s.hostingOperatorId()).append(" expr=")
              .append(s.hostingExpression()).append(" root=").append(s.root() == null ? "null" : s.root().id()).append(" line=").append(s.line()).append('\n');
        }
        return sb.toString();
    }

    private static String ids(java.util.List<PlanOperator> ops) {
        return ops.stream().map(o -> Integer.toString(o.id())).collect(Collectors.joining(",", "[", "]"));
    }
}
