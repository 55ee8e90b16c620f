package dev.brickoptima.browser.content;

/** How the SQL list ranks and filters analysed executions by their worst finding. Pure Java, tested on the JVM. */
final class Severities {
    private Severities() {
    }

    /** An execution's state on the list; {@code order} sorts worst first (a failed analysis just above a clean one). */
    enum Rank {
        NOT_ANALYSED("none", 0), CLEAN("clean", 1), FAILED("failed", 2), INFO("info", 3), WARNING("warning", 4), ERROR("error", 5);

        final String label;
        final int order;

        Rank(String label, int order) {
            this.label = label;
            this.order = order;
        }
    }

    static Rank rank(int errors, int warnings, int infos) {
        return errors > 0 ? Rank.ERROR : warnings > 0 ? Rank.WARNING : infos > 0 ? Rank.INFO : Rank.CLEAN;
    }

    static Rank rank(AnalysisView.Counts c) {
        return rank(c.getError(), c.getWarning(), c.getInfo());
    }

    /** Whether a row of this rank is shown under a filter: all, error, warning (or worse), any (finding), none (not analysed). */
    static boolean passes(Rank r, String filter) {
        switch (filter == null ? "all" : filter) {
            case "error": return r == Rank.ERROR;
            case "warning": return r == Rank.ERROR || r == Rank.WARNING;
            case "any": return r == Rank.ERROR || r == Rank.WARNING || r == Rank.INFO;
            case "none": return r == Rank.NOT_ANALYSED;
            default: return true;
        }
    }
}
