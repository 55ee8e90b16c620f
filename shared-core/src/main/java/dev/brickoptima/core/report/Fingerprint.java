package dev.brickoptima.core.report;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that identify a finding across runs without its line number, so baselines and code-scanning alerts
 * survive line shifts and edits to unrelated code: a hash of the rule id and the flagged text with whitespace
 * collapsed (for plans: the operator's line without Spark's numeric ids), then {@code :N} for the N-th finding with
 * the same hash in the input. Pure (used by every host).
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** One fingerprint per finding, in the order given; {@code text} is the analysed input (null when unknown). */
    public static List<String> of(List<Finding> findings, String text) {
        List<String> out = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String hash = hash(f, text);
            int n = seen.merge(hash, 1, Integer::sum);
            out.add(hash + ":" + n);
        }
        return out;
    }

    /** The hash part: rule id and the normalised flagged text. */
    public static String hash(Finding f, String text) {
        return hex(fnv64(f.ruleId() + "\u0000" + subject(f, text)));
    }

    static String subject(Finding f, String text) {
        Location l = f.location();
        boolean hasRange = text != null && l.start() >= 0 && l.end() <= text.length() && l.end() > l.start();
        if (!hasRange) return withoutDigits(f.message());
        String flagged = text.substring(l.start(), l.end());
        return l.operatorId() != null ? withoutPlanIds(flagged) : collapse(flagged);
    }

    /** Whitespace runs become one space; leading and trailing whitespace go. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A plan line without what changes from run to run: tree drawing, {@code (N)} operator ids, {@code *(N)} codegen
     * ids and {@code #N} expression ids.
     */
    static String withoutPlanIds(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length() && " +-:|*".indexOf(line.charAt(i)) >= 0) i++;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#' && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1))) {
                i++;
                while (i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == 'L')) i++;
                continue;
            }
            if (c == '(' ) {
                int j = i + 1;
                while (j < line.length() && Character.isDigit(line.charAt(j))) j++;
                if (j > i + 1 && j < line.length() && line.charAt(j) == ')') {
                    i = j + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return collapse(sb.toString());
    }

    private static String withoutDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) sb.append(s.charAt(i));
        return collapse(sb.toString());
    }

    /** 64-bit FNV-1a over the UTF-16 code units: stable, fast and available without a digest provider (TeaVM). */
    static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static String hex(long v) {
        String digits = "0123456789abcdef";
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = digits.charAt((int) (v & 0xf));
            v >>>= 4;
        }
        return new String(out);
    }
}
