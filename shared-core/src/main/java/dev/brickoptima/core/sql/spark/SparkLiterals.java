package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.sql.SqlToken;

/**
 * Spark literal and operator spellings JSqlParser lacks, each made parseable without changing what a rule
 * sees: numeric type suffixes ({@code 1.0D}, {@code 10L}, {@code 1BD}) lose the suffix (JSqlParser would read
 * {@code 1.0D} as {@code 1.0 AS D}), {@code timestamp_ntz'...'} becomes the string, multi-unit intervals keep
 * their first unit, {@code ==} becomes {@code =}, {@code >>>} becomes {@code >>}, and type parameters
 * ({@code ARRAY<MAP<INT, STRING>>}) are blanked.
 */
final class SparkLiterals {
    private static final String[] INTERVAL_UNITS = {
        "YEAR", "YEARS", "MONTH", "MONTHS", "WEEK", "WEEKS", "DAY", "DAYS", "HOUR", "HOURS", "MINUTE", "MINUTES",
        "SECOND", "SECONDS", "MILLISECOND", "MILLISECONDS", "MICROSECOND", "MICROSECONDS"
    };

    private SparkLiterals() {
    }

    static void rewrite(SparkText s) {
        for (int i = 0; i < s.size(); i++) {
            SqlToken t = s.at(i);
            if (!s.live(i)) continue;
            switch (t.kind()) {
                case NUMBER:
                    numericSuffix(s, t);
                    break;
                case WORD:
                    if ((s.word(i, "TIMESTAMP_NTZ") || s.word(i, "TIMESTAMP_LTZ")) && s.kind(i + 1, SqlToken.Kind.STRING)) {
                        s.blank(t.start(), t.end());
                    } else if (s.word(i, "INTERVAL")) {
                        i = multiUnitInterval(s, i);
                    } else if ((s.word(i, "ARRAY") || s.word(i, "MAP") || s.word(i, "STRUCT")) && s.punct(i + 1, '<')) {
                        // ARRAY<MAP<INT, STRING>>: one type name of the same length (ARRAY_______________)
                        int close = s.matchingAngle(i + 1);
                        if (close > 0) {
                            s.hole(s.at(i + 1).start(), s.at(close).end());
                            i = close;
                        }
                    } else if ((s.word(i, "GEOGRAPHY") || s.word(i, "GEOMETRY")) && s.punct(i + 1, '(') && (s.word(i - 1, "AS") || s.punct(i - 1, ':'))) {
                        // GEOGRAPHY(4326), GEOMETRY(ANY) as a type: the spatial reference goes
                        int close = s.matching(i + 1);
                        if (close > 0) {
                            s.hole(s.at(i + 1).start(), s.at(close).end());
                            i = close;
                        }
                    }
                    break;
                case PUNCT:
                    if (s.punct(i, '=') && s.punct(i + 1, '=') && s.adjacent(i + 1) && !(s.adjacent(i) && isComparisonStart(s, i - 1))) {
                        s.blank(s.at(i + 1).start(), s.at(i + 1).end());
                        i++;
                    } else if (s.punct(i, '>') && s.punct(i + 1, '>') && s.punct(i + 2, '>') && s.adjacent(i + 1) && s.adjacent(i + 2)) {
                        s.blank(s.at(i + 2).start(), s.at(i + 2).end());
                        i += 2;
                    } else if ((s.punct(i, '-') || s.punct(i, '+')) && (s.punct(i + 1, '-') || s.punct(i + 1, '+')) && !s.adjacent(i + 1)
                            && (s.punct(i - 1, ',') || s.punct(i - 1, '(') || s.anyWord(i - 1, "SELECT", "WHERE", "AND", "OR", "THEN", "ELSE", "WHEN"))) {
                        // a doubled unary sign (select - - 3): the pair becomes the one sign it means
                        boolean minus = s.punct(i, '-') != s.punct(i + 1, '-');
                        s.blankTokens(i, minus ? i : i + 1);
                        if (minus) s.put(s.at(i + 1).start(), "-");
                        i++;
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /**
     * Adjacent string literals are one string in Spark ({@code 'a' 'b'} is {@code 'ab'}): the quotes between them are
     * blanked so JSqlParser reads one literal, closed with the first part's quote character.
     */
    static void adjacentStrings(SparkText s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.kind(i, SqlToken.Kind.STRING) || !s.kind(i + 1, SqlToken.Kind.STRING)) continue;
            // strings in a prefix already blanked (CACHE TABLE t OPTIONS ('k' 'v') AS query): writing the closing
            // quote there would leave a stray quote before the query
            if (!s.live(i)) continue;
            char q = s.text.charAt(s.at(i).start());
            int last = i;
            boolean joinable = closed(s, s.at(i));
            while (s.kind(last + 1, SqlToken.Kind.STRING)) {
                last++;
                SqlToken p = s.at(last);
                // an unterminated part (the lexer runs it to the end of the text) is left for the parser to report
                if (!closed(s, p)) joinable = false;
                // a part quoted with the other character must not contain the first part's quote
                else if (s.text.charAt(p.start()) != q && s.text.substring(p.start() + 1, p.end() - 1).indexOf(q) >= 0) joinable = false;
            }
            if (joinable) {
                for (int k = i; k < last; k++) {
                    // from this string's closing quote to the next one's opening quote (comments between included)
                    s.blank(s.at(k).end() - 1, s.at(k + 1).start() + 1);
                }
                s.put(s.at(last).end() - 1, String.valueOf(q));
            }
            i = last;
        }
    }

    /** Whether a string token ends with the quote it starts with (found by fuzzing: {@code 'a' "} at the end of a text). */
    private static boolean closed(SparkText s, SqlToken t) {
        return t.end() - t.start() >= 2 && s.text.charAt(t.end() - 1) == s.text.charAt(t.start());
    }

    private static boolean isComparisonStart(SparkText s, int i) {
        return s.punct(i, '<') || s.punct(i, '>') || s.punct(i, '!') || s.punct(i, '=') || s.punct(i, ':');
    }

    /**
     * Blanks a Spark numeric type suffix: digits, optional fraction and exponent, then L, S, Y, D, F or BD
     * (any case). The scan reads characters, not tokens, because the lexer splits {@code 1.5e+5D} at the sign.
     */
    private static void numericSuffix(SparkText s, SqlToken t) {
        String x = s.text;
        // a number token never starts right after a letter, digit or _ (the lexer reads those into one token), except
        // .5 after a name (t.5D), which is no valid Spark either way: no check needed for what comes before
        int p = t.start();
        int n = t.end();
        while (p < n && Character.isDigit(x.charAt(p))) p++;
        if (p < n && x.charAt(p) == '.') {
            p++;
            while (p < n && Character.isDigit(x.charAt(p))) p++;
        }
        if (p < n && (x.charAt(p) == 'e' || x.charAt(p) == 'E')) {
            int q = p + 1;
            while (q < n && Character.isDigit(x.charAt(q))) q++;
            if (q > p + 1) p = q;
            else if (q == n) return; // exponent sign and digits follow in the next tokens
        }
        // 2d_points is a name in Spark (identifiers may start with a digit), not 2D followed by _points
        if (n < x.length() && (Character.isLetterOrDigit(x.charAt(n)) || x.charAt(n) == '_')) return;
        String suffix = x.substring(p, n).toUpperCase();
        if (suffix.equals("L") || suffix.equals("S") || suffix.equals("Y") || suffix.equals("D") || suffix.equals("F") || suffix.equals("BD")) {
            s.blank(p, n);
        }
    }

    /**
     * {@code INTERVAL 1 YEAR 2 MONTHS 3 DAYS}: JSqlParser takes one value and unit, so the later pairs are
     * blanked (no rule reads interval values). Returns the index of the last token consumed.
     */
    private static int multiUnitInterval(SparkText s, int i) {
        int k = i + 1;
        int pairs = 0;
        int secondStart = -1;
        int lastEnd = -1;
        while (true) {
            int v = k;
            if (s.punct(v, '-') || s.punct(v, '+')) v++;
            if (!(s.kind(v, SqlToken.Kind.NUMBER) || s.kind(v, SqlToken.Kind.STRING))) break;
            if (!isUnit(s, v + 1)) break;
            pairs++;
            if (pairs == 2) secondStart = s.at(k).start();
            lastEnd = s.at(v + 1).end();
            k = v + 2;
        }
        if (pairs >= 2) {
            s.blank(secondStart, lastEnd);
            return k - 1;
        }
        return i;
    }

    private static boolean isUnit(SparkText s, int i) {
        for (String u : INTERVAL_UNITS) if (s.word(i, u)) return true;
        return false;
    }
}
