package dev.brickoptima.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code .sql.out} golden file of Spark's SQLQueryTestSuite: a list of {@code -- !query} blocks, each with
 * the statement text and what Spark did with it (ran it, rejected it in the parser, or failed later).
 */
record SparkGoldenFile(String name, List<Block> blocks) {

    /** Spark's verdict on one statement. */
    enum Verdict {
        /** Parsed, analysed and executed without an exception. */
        RAN,
        /** Rejected by Spark's parser ({@code ParseException}). */
        PARSE_ERROR,
        /** Parsed, then failed in analysis or at run time. */
        FAILED_AFTER_PARSE
    }

    /** One statement of the file, with its 1-based line in the golden file. */
    record Block(String sql, Verdict verdict, String exception, String schema, String output, int line) {
        boolean sparkParses() {
            return verdict != Verdict.PARSE_ERROR;
        }
    }

    private static final String QUERY = "-- !query";
    private static final String SCHEMA = "-- !query schema";
    private static final String OUTPUT = "-- !query output";

    static SparkGoldenFile parse(String name, String content) {
        String[] lines = content.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!lines[i].equals(QUERY)) {
                i++;
                continue;
            }
            int start = i + 1;
            int j = start;
            while (j < lines.length && !lines[j].startsWith(QUERY)) j++;
            String sql = String.join("\n", java.util.Arrays.asList(lines).subList(start, j)).strip();
            String schema = null;
            if (j < lines.length && lines[j].equals(SCHEMA) && j + 1 < lines.length) schema = lines[j + 1];
            while (j < lines.length && !lines[j].equals(OUTPUT) && !lines[j].equals(QUERY)) j++;
            String exception = null;
            StringBuilder output = new StringBuilder();
            if (j < lines.length && lines[j].equals(OUTPUT)) {
                if (j + 1 < lines.length) exception = exceptionClass(lines[j + 1]);
                for (int k = j + 1; k < lines.length && !lines[k].equals(QUERY); k++) output.append(lines[k]).append('\n');
            }
            Verdict v = exception == null ? Verdict.RAN
                : exception.endsWith(".ParseException") ? Verdict.PARSE_ERROR : Verdict.FAILED_AFTER_PARSE;
            blocks.add(new Block(sql, v, exception, schema, output.toString().strip(), start));
            i = j + 1;
        }
        return new SparkGoldenFile(name, blocks);
    }

    /** The exception class name when an output line is one (Spark prints it alone on the first output line). */
    static String exceptionClass(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.contains(" ") || s.contains("\t") || !s.contains(".")) return null;
        if (!(s.endsWith("Exception") || s.endsWith("Error"))) return null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '$' || c == '_')) return null;
        }
        return Character.isLowerCase(s.charAt(0)) ? s : null;
    }
}
