package dev.brickoptima.cli;

import java.util.regex.Pattern;

/**
 * One line of a {@code .brickoptimaignore} (gitignore syntax): {@code *}, {@code ?}, {@code [...]}, {@code **},
 * a leading {@code !} re-includes, a trailing {@code /} matches directories only, a {@code /} at the start or in the
 * middle anchors the pattern to the ignore file's directory; otherwise it matches a name at any depth.
 */
record IgnorePattern(Pattern regex, boolean negated, boolean directoryOnly, boolean anchored) {

    /** The pattern of one line, or null for blank lines and comments. */
    static IgnorePattern parse(String line) {
        String p = stripTrailingSpaces(line);
        if (p.isEmpty() || p.startsWith("#")) return null;
        boolean negated = false;
        if (p.startsWith("!")) {
            negated = true;
            p = p.substring(1);
        } else if (p.startsWith("\\!") || p.startsWith("\\#")) {
            p = p.substring(1);
        }
        boolean dirOnly = p.endsWith("/") && !p.endsWith("\\/");
        if (dirOnly) p = p.substring(0, p.length() - 1);
        if (p.isEmpty()) return null;
        boolean anchored = p.indexOf('/') >= 0;
        if (p.startsWith("/")) p = p.substring(1);
        return new IgnorePattern(Pattern.compile(toRegex(p)), negated, dirOnly, anchored);
    }

    /** Whether the pattern matches {@code relative} ('/'-separated, relative to the ignore file's directory). */
    boolean matches(String relative, boolean directory) {
        if (directoryOnly && !directory) return false;
        if (anchored) return regex.matcher(relative).matches();
        int slash = relative.lastIndexOf('/');
        return regex.matcher(slash < 0 ? relative : relative.substring(slash + 1)).matches();
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && !(end > 1 && s.charAt(end - 2) == '\\')) end--;
        return s.substring(0, end);
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean twoStars = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (twoStars) {
                    boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
                    boolean segmentEnd = i + 2 == glob.length() || glob.charAt(i + 2) == '/';
                    if (segmentStart && segmentEnd) {
                        if (i + 2 == glob.length()) {
                            re.append(".*");
                            i += 2;
                        } else {
                            re.append("(?:.*/)?"); // "**/" : zero or more directories
                            i += 3;
                        }
                        continue;
                    }
                    re.append("[^/]*");
                    i += 2;
                    continue;
                }
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    re.append("\\[");
                } else {
                    String body = glob.substring(i + 1, close);
                    if (body.startsWith("!")) body = "^" + body.substring(1);
                    re.append('[').append(body.replace("\\", "\\\\")).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                i++;
                re.append(Pattern.quote(String.valueOf(glob.charAt(i))));
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return re.toString();
    }
}
