package dev.brickoptima.jvm.pg;

import dev.brickoptima.core.pg.IndexAdvice;
import dev.brickoptima.core.pg.IndexCandidate;
import dev.brickoptima.core.pg.PgPlans;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks candidate indexes with the hypopg extension: each is created as a hypothetical index (visible only to this
 * session's planner, nothing is built or written), the statement is planned again, and the index is dropped. A
 * candidate is proven when the estimated total cost drops by at least {@code minImprovement} (a share of it).
 */
public final class HypoIndexProver {
    private final PgSession session;
    private final PgExplainer explainer;
    private final double minImprovement;

    public HypoIndexProver(PgSession session, PgExplainer explainer, double minImprovement) {
        this.session = session;
        this.explainer = explainer;
        this.minImprovement = minImprovement;
    }

    /** Re-plans {@code sql} (whose plan cost {@code costBefore}) with the candidate as a hypothetical index. */
    public IndexAdvice prove(String sql, double costBefore, IndexCandidate candidate) throws SQLException {
        try (PreparedStatement ps = session.connection().prepareStatement("SELECT indexrelid FROM hypopg_create_index(?)")) {
            ps.setString(1, candidate.ddl());
            ps.executeQuery().close();
            double after = PgPlans.parse(explainer.explain(sql, false).json()).totalCost();
            return IndexAdvice.checked(candidate, costBefore, after, after < costBefore * (1 - minImprovement));
        } finally {
            try (Statement s = session.connection().createStatement()) {
                s.executeQuery("SELECT hypopg_reset()").close();
            }
        }
    }
}
