package dev.brickoptima.jvm.spark;

import java.util.HashSet;
import java.util.Set;

/**
 * Removes a bearer token from text before it reaches a message. Our own text (URLs, variable names) only loses exact
 * copies; text a server sent loses every run of {@value #RUN} or more characters that also occurs in the token, so an
 * echoed prefix, suffix or fragment of the secret is hidden too, however the text is cut afterwards.
 */
final class TokenRedactor {
    /** Shortest fragment of the token that is hidden in server text: shorter ones carry too little to matter. */
    static final int RUN = 4;
    private static final String MASK = "***";

    private final String token; // null: nothing to hide
    private final Set<String> fragments = new HashSet<>();

    TokenRedactor(String token) {
        this.token = token == null || token.isEmpty() ? null : token;
        if (this.token != null && this.token.length() >= RUN) {
            for (int i = 0; i + RUN <= this.token.length(); i++) fragments.add(this.token.substring(i, i + RUN));
        }
    }

    /** Exact copies of the token replaced. */
    String exact(String s) {
        return token == null || s == null ? s : s.replace(token, MASK);
    }

    /** Every run of {@value #RUN}+ characters found in the token replaced (and exact copies, for short tokens). */
    String serverText(String s) {
        if (token == null || s == null) return s;
        if (fragments.isEmpty()) return exact(s);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            // extend over overlapping fragments: "abcdef" in the token is hidden whole, not as "***ef"
            for (int j = i; j + RUN <= s.length() && j <= end && fragments.contains(s.substring(j, j + RUN)); j++) {
                end = j + RUN;
            }
            if (end > i) {
                out.append(MASK);
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /**
     * Why the token cannot be sent in an HTTP header, or null when it can: a bearer token is one line of printable
     * ASCII (RFC 6750), and OkHttp would otherwise fail with an exception that is no message for a user.
     */
    static String invalidReason(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\n' || c == '\r') return "contains a line break (character " + (i + 1) + ")";
            if (c > 0x7e) return "contains a non-ASCII character (character " + (i + 1) + ")";
            if (c <= 0x20 || c == 0x7f) return "contains a space or control character (character " + (i + 1) + ")";
        }
        return null;
    }
}
