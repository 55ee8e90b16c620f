package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;

/** {@code col LIKE '%abc'}: a pattern that starts with a wildcard cannot use an index, a sort order or min/max stats. */
public final class LeadingWildcardLikeRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("leading-wildcard-like")
        .title("LIKE pattern starting with a wildcard")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A LIKE or ILIKE pattern that starts with % or _ matches anywhere in the value, so the engine must test "
            + "every row: a B-tree index cannot be used, and Spark cannot push the filter to Parquet/Delta as a prefix "
            + "(StartsWith) filter or skip files by min/max statistics. A prefix pattern ('abc%') keeps all of these. "
            + "Only literal patterns are checked; RLIKE/regular expressions are out of scope.")
        .bad("SELECT id FROM customers WHERE email LIKE '%@example.com'")
        .good("SELECT id FROM customers WHERE email_domain = 'example.com'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(LikeExpression.class)) {
            if (!n.clause().isPredicate()) continue; // a LIKE in the select list computes a value, it does not scan
            LikeExpression like = (LikeExpression) n.value();
            if (like.getLikeKeyWord() != null && like.getLikeKeyWord() != LikeExpression.KeyWord.LIKE
                && like.getLikeKeyWord() != LikeExpression.KeyWord.ILIKE) continue;
            if (!(like.getRightExpression() instanceof StringValue)) continue;
            String pattern = ((StringValue) like.getRightExpression()).getValue();
            if (pattern.isEmpty() || (pattern.charAt(0) != '%' && pattern.charAt(0) != '_')) continue;
            // a pattern starting with a value pasted in by code (the template's __1): its first character is unknown
            if (pattern.length() > 2 && pattern.startsWith("__") && Character.isDigit(pattern.charAt(2))) continue;
            String op = like.getLikeKeyWord() == LikeExpression.KeyWord.ILIKE ? "ILIKE" : "LIKE";
            String column = ctx.source(like.getLeftExpression());
            ctx.report(like.getRightExpression(), op + " pattern '" + pattern + "' on " + column
                    + " starts with a wildcard: every row is scanned, no index or file skipping",
                Fix.hint(advice(ctx.dialect())));
        }
    }

    private static String advice(Dialect d) {
        if (d == Dialect.POSTGRES) {
            return "Use a prefix pattern if possible; otherwise a trigram index (CREATE EXTENSION pg_trgm; "
                + "CREATE INDEX ... USING gin (col gin_trgm_ops)) or full-text search serves substring matches";
        }
        return "Use a prefix pattern ('abc%') if possible, or store the searched part in its own column "
            + "(e.g. the e-mail domain, a reversed string for suffix search) and compare it with =";
    }
}
