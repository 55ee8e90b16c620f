package dev.brickoptima.cli;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** What an input file is: Java source by its name, plans, JSON and saved Spark UI pages by content, SQL by name or by its first keyword. */
enum InputType {
    SQL, PLAN, JAVA, UNKNOWN;

    /** Words a SQL script can start with (after comments). */
    private static final Set<String> SQL_STARTS = Set.of("select", "with", "insert", "update", "delete", "merge", "create",
        "drop", "alter", "truncate", "grant", "revoke", "explain", "set", "use", "values", "table", "show", "describe",
        "desc", "analyze", "refresh", "cache", "uncache", "optimize", "vacuum", "copy", "comment", "begin", "commit",
        "rollback", "call", "replace", "upsert", "declare");

    static InputType of(Path path, String text) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".java")) return JAVA;
        if (InputKind.detect(text) != InputKind.SQL || SparkUiExecutionPage.isHtml(text)) return PLAN;
        if (name.endsWith(".sql") || name.endsWith(".ddl") || name.endsWith(".hql")) return SQL;
        return startsLikeSql(text) ? SQL : UNKNOWN;
    }

    /** Whether the first word outside comments is a statement keyword (an empty script counts: nothing to misread). */
    static boolean startsLikeSql(String text) {
        for (SqlToken t : new SqlLexer(Dialect.ANSI).tokenize(text)) {
            if (t.isComment()) continue;
            if (t.is(text, '(') || t.is(text, ';')) continue;
            return t.kind() == SqlToken.Kind.WORD && SQL_STARTS.contains(t.text(text).toLowerCase(Locale.ROOT));
        }
        return text.isBlank();
    }
}
