package dev.brickoptima.fuzz;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.sql.SqlAnalyzer;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every fuzz target asserts about an analysis result, whatever the input: findings and their related places point
 * inside the text they came from, with one-line messages, and fixes edit inside it too. An exception escaping a target is a finding too.
 */
final class FuzzChecks {
    private FuzzChecks() {
    }

    /** Fuzzer bytes as text: invalid UTF-8 becomes U+FFFD, as the CLI would see a file it decoded leniently. */
    static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** The analyzer turns a parser failure into an internal error so no host crashes; for the fuzzer it is a crash. */
    static void noParserFailure(List<String> internalErrors) {
        for (String e : internalErrors) {
            if (e.startsWith(SqlAnalyzer.PARSER_FAILED)) throw new AssertionError(e);
        }
    }

    static void findingsWithin(List<Finding> findings, int length) {
        for (Finding f : findings) {
            Location l = f.location();
            if (l.start() < 0 || l.end() < l.start() || l.end() > length || l.line() < 1 || l.column() < 1) {
                throw new AssertionError("finding outside the input (" + length + " chars): " + f.ruleId() + " " + l);
            }
            if (f.message() == null || f.message().isEmpty() || f.message().indexOf('\n') >= 0) {
                throw new AssertionError("finding message is not one line: " + f.ruleId() + " '" + f.message() + "'");
            }
            for (Location r : f.related()) {
                if (r.start() < 0 || r.end() < r.start() || r.end() > length || r.line() < 1 || r.column() < 1) {
                    throw new AssertionError("related place outside the input (" + length + " chars): " + f.ruleId() + " " + r);
                }
            }
            for (var fix : f.fixes()) {
                for (TextEdit e : fix.edits()) {
                    if (e.start() < 0 || e.end() < e.start() || e.end() > length) {
                        throw new AssertionError("fix edits outside the input: " + f.ruleId() + " " + e);
                    }
                }
            }
        }
    }
}
