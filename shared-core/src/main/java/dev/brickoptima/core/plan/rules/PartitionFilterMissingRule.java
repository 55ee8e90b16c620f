package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A scan of a partitioned table with no PartitionFilters. Partition columns are recognized without a catalog: a file
 * scan's Output lists them but its ReadSchema (the columns read from files) does not; tables configured with
 * partition columns ({@code partitions.<table>=col,...}) count too. Info from text alone (TPC-DS reads whole fact tables
 * on purpose); a warning with configured partition columns or runtime evidence of many partitions read.
 */
public final class PartitionFilterMissingRule implements PlanRule {
    static final Threshold MIN_PARTITIONS = Threshold.count("minPartitions", 10, "partitions read (from runtime metrics) from which it is a warning");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-partition-filter-missing")
        .title("Partitioned table scanned without a partition filter")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("The scan reads a partitioned table but PartitionFilters is empty, so every partition is listed and "
            + "read. Partition columns are those in the scan's Output that are not in its ReadSchema (Spark takes them "
            + "from directory names, not from files), or the columns configured for the table. Filter on the partition "
            + "column itself with a literal (WHERE dt = '2024-06-01', not WHERE to_date(dt) = ...), or join with a "
            + "selective dimension so dynamic partition pruning applies (spark.sql.optimizer.dynamicPartitionPruning.enabled). "
            + "Plan text alone cannot tell a forgotten predicate from an intended full read, so the finding is info "
            + "unless the table is configured as partitioned (tables.<name>.partitionColumns) or runtime metrics show at least "
            + "minPartitions partitions read; then it is a warning.")
        .bad("SELECT sum(amount) FROM sales  -- sales is partitioned by dt")
        .good("SELECT sum(amount) FROM sales WHERE dt >= '2024-06-01'")
        .thresholds(MIN_PARTITIONS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator scan : ctx.operators()) {
            if (!scan.isFileScan()) continue;
            String pf = scan.detail("PartitionFilters");
            if (pf != null && !PlanText.isEmptyList(pf)) continue;
            List<String> parts = partitionColumns(scan, ctx);
            if (parts.isEmpty()) continue;
            String table = scan.tableName() == null ? "a partitioned table" : scan.tableName();
            MetricValue read = scan.metric("number of partitions read");
            boolean configured = table != null && !ctx.config().partitionColumnsOf(table).isEmpty();
            boolean costly = read != null && read.total() >= ctx.threshold(MIN_PARTITIONS);
            String numbers = read == null ? "" : " (" + PlanNumbers.count(read.total()) + " partitions read)";
            ctx.report(scan, configured || costly ? Severity.WARNING : Severity.INFO,
                PlanShapes.ref(scan) + " reads every partition of " + table + numbers
                    + ": no PartitionFilters on partition column" + (parts.size() > 1 ? "s " : " ") + String.join(", ", parts),
                METADATA.rationale(),
                Fix.hint("Filter on " + parts.get(0) + " directly with a literal, e.g. WHERE " + parts.get(0) + " = <value>"));
        }
    }

    static List<String> partitionColumns(PlanOperator scan, PlanRuleContext ctx) {
        List<String> out = new ArrayList<>();
        String schema = scan.detail("ReadSchema");
        String output = scan.detail("Output");
        if (schema != null && output != null && !schema.contains("more fields") && !schema.contains("...")) {
            Set<String> read = new HashSet<>();
            for (String f : PlanText.structFields(schema)) read.add(f.toLowerCase(Locale.ROOT));
            if (!read.isEmpty() || schema.trim().equals("struct<>")) {
                for (String a : PlanText.attributeNames(output)) {
                    String n = a.toLowerCase(Locale.ROOT);
                    if (!n.isEmpty() && !read.contains(n) && !n.startsWith("_metadata") && !out.contains(a)) out.add(a);
                }
            }
        }
        String table = scan.tableName();
        if (table != null) {
            for (String c : ctx.config().partitionColumnsOf(table)) if (!containsIgnoreCase(out, c)) out.add(c);
        }
        return out;
    }

    private static boolean containsIgnoreCase(List<String> l, String s) {
        for (String x : l) if (x.equalsIgnoreCase(s)) return true;
        return false;
    }
}
