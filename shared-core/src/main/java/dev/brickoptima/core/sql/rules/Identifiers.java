package dev.brickoptima.core.sql.rules;

import java.util.Locale;

/** Identifier comparison as Spark and unquoted PostgreSQL names behave: quotes dropped, case ignored. */
final class Identifiers {
    private Identifiers() {
    }

    static String normalize(String name) {
        if (name == null) return null;
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '`' && c != '"' && c != '[' && c != ']' && !Character.isWhitespace(c)) sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
