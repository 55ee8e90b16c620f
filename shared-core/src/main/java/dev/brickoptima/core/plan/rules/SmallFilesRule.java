package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

/** Many small files: scan metrics "number of files read" and "size of files read" give the average file size. */
public final class SmallFilesRule implements PlanRule {
    static final Threshold MIN_FILES = Threshold.count("minFiles", 100, "the fewest files a scan must read to report");
    static final Threshold MAX_AVG_BYTES = Threshold.bytes("maxAvgBytes", 16 * PlanShapes.MIB, "the largest average file size reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-small-files")
        .title("Many small files")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("The scan opened many files with little data each. Every file costs a listing entry, an open, a "
            + "footer read and scheduling overhead (spark.sql.files.openCostInBytes), so reading is dominated by "
            + "per-file cost, and columnar formats compress and skip poorly in tiny files. Compact the table (Delta "
            + "OPTIMIZE, Iceberg rewrite_data_files, or rewrite with fewer, larger files), write with "
            + "repartition by the partition columns and spark.sql.files.maxRecordsPerFile, and avoid many tiny "
            + "appends.")
        .bad("streaming micro-batches appending thousands of 50 KB files to a table")
        .good("periodic compaction to ~128-512 MB files")
        .thresholds(MIN_FILES, MAX_AVG_BYTES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double minFiles = ctx.threshold(MIN_FILES);
        double maxAvg = ctx.threshold(MAX_AVG_BYTES);
        for (PlanOperator op : ctx.operators()) {
            if (!op.isScan()) continue;
            MetricValue files = op.metric("number of files read");
            MetricValue size = op.metric("size of files read");
            if (files == null || size == null || files.total() < minFiles || files.total() <= 0) continue;
            double avg = size.total() / files.total();
            if (avg >= maxAvg) continue;
            String table = op.tableName() == null ? "" : " of " + op.tableName();
            ctx.report(op, PlanShapes.ref(op) + table + " read " + PlanNumbers.count(files.total()) + " files totalling "
                    + PlanNumbers.bytes(size.total()) + ": " + PlanNumbers.bytes(avg) + " per file on average (threshold "
                    + PlanNumbers.bytes(maxAvg) + ")",
                METADATA.rationale(),
                Fix.hint("Compact the table into fewer, larger files (e.g. OPTIMIZE, or rewrite with repartition)"),
                Fix.hint("When writing, repartition by the partition columns so each partition gets few files"));
        }
    }
}
