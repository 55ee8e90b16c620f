package dev.brickoptima.core.sql.spark;

/**
 * Spark and Databricks commands: statements with nothing for a SQL rule to analyse (VACUUM, SHOW, DESCRIBE
 * HISTORY, COPY INTO, OPTIMIZE, ...). They are skipped, and rules that care about commands (the read-only
 * guard) still see their text. {@code EXPLAIN query} and {@code CACHE TABLE t AS query} carry a query, which
 * is analysed.
 */
final class SparkCommands {
    private static final String[] COMMANDS = {
        "UNCACHE", "REFRESH", "MSCK", "OPTIMIZE", "VACUUM", "ANALYZE", "ADD", "LIST", "RESET", "CLEAR",
        "FSCK", "CONVERT", "RESTORE", "COPY", "GENERATE", "SYNC", "DESC", "DESCRIBE", "SHOW", "USE", "SET", "REORG",
        "APPLY", "UNDROP", "CALL"
    };

    private SparkCommands() {
    }

    static String skipReason(SparkText s) {
        for (String c : COMMANDS) {
            if (!s.word(0, c)) continue;
            if (c.equals("COPY") && SparkStatements.copyIntoQuery(s)) return null;
            if (c.equals("SET") && (s.word(1, "VAR") || s.word(1, "VARIABLE") || (s.kind(1, dev.brickoptima.core.sql.SqlToken.Kind.WORD) && s.punct(2, '=')))) return null;
            if (c.equals("SET") || c.equals("USE") || c.startsWith("DESC") || c.equals("SHOW")) return c + " command";
            return "Spark " + c + " command";
        }
        if (s.word(0, "EXECUTE") && s.word(1, "IMMEDIATE")) return "EXECUTE IMMEDIATE command";
        if (s.word(0, "DROP") && (s.word(1, "VARIABLE") || s.word(1, "VAR")
                || (s.anyWord(1, "TEMPORARY", "TEMP") && (s.word(2, "VARIABLE") || s.word(2, "VAR"))))) {
            return "DROP VARIABLE command";
        }
        return null;
    }

    /**
     * Index of the token where the analysed statement starts: after {@code EXPLAIN [mode]}, or the query of
     * {@code CACHE [LAZY] TABLE t [OPTIONS (...)] AS query} (the prefix is blanked). -1 when there is none.
     */
    static int queryHead(SparkText s) {
        if (s.word(0, "EXPLAIN")) {
            int i = 1;
            if (s.anyWord(i, "DESC", "DESCRIBE") || s.anyWord(i + 1, "DESC", "DESCRIBE")) return -1;
            while (s.anyWord(i, "EXTENDED", "FORMATTED", "CODEGEN", "COST", "LOGICAL", "ANALYZE")) i++;
            if (i >= s.size()) return -1;
            s.blank(s.at(0).start(), s.at(i).start());
            return i;
        }
        if (s.word(0, "CACHE")) {
            for (int i = 1; i + 1 < s.size(); i++) {
                if (s.word(i, "AS")) {
                    s.blank(s.at(0).start(), s.at(i).end());
                    return i + 1;
                }
            }
            return -1;
        }
        return 0;
    }
}
