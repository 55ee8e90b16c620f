package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.CommandContext;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.statement.grant.Grant;

/** {@code GRANT ... TO PUBLIC}: every current and future user gets the privilege. */
public final class GrantToPublicRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("grant-to-public")
        .title("Privilege granted to every user")
        .category(Category.SECURITY).severity(Severity.WARNING)
        .rationale("GRANT ... TO PUBLIC (and, on Databricks Unity Catalog, TO `account users`) gives the privilege to "
            + "every user, including accounts created later. Grant to a named role or group that holds exactly the "
            + "users who need it.")
        .bad("GRANT SELECT ON TABLE customers TO PUBLIC")
        .good("GRANT SELECT ON TABLE customers TO analysts")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        if (!(ctx.statement() instanceof Grant)) return;
        Grant g = (Grant) ctx.statement();
        if (g.getUsers() == null) return;
        for (String user : g.getUsers()) {
            String u = SqlExpressions.identifier(user);
            if (!u.equals("public") && !u.equals("account users")) continue;
            SqlToken at = grantee(ctx, user);
            int start = at != null ? at.start() : 0;
            int end = at != null ? at.end() : ctx.text().length();
            ctx.report(start, end, "GRANT to " + user + " gives the privilege to every user", null,
                Fix.hint("Grant to a specific role or group instead of " + user));
        }
    }

    /** Databricks grants JSqlParser does not read ({@code GRANT USE CATALOG ON CATALOG main TO `account users`}). */
    @Override
    public void checkCommand(CommandContext ctx) {
        if (!ctx.keyword().equals("GRANT")) return;
        boolean afterTo = false;
        for (SqlToken t : ctx.tokens()) {
            if (t.isWord(ctx.text(), "TO")) {
                afterTo = true;
                continue;
            }
            if (!afterTo || t.kind() == SqlToken.Kind.PUNCT) continue;
            String user = t.text(ctx.text());
            String u = SqlExpressions.identifier(user);
            if (!u.equals("public") && !u.equals("account users")) continue;
            ctx.report(t.start(), t.end(), "GRANT to " + user + " gives the privilege to every user",
                Fix.hint("Grant to a specific role or group instead of " + user));
        }
    }

    /** The grantee's token after TO. */
    private static SqlToken grantee(SqlRuleContext ctx, String user) {
        boolean afterTo = false;
        for (SqlToken t : ctx.tokens()) {
            if (t.isWord(ctx.text(), "TO")) afterTo = true;
            else if (afterTo && t.text(ctx.text()).equalsIgnoreCase(user)) return t;
        }
        return null;
    }
}
