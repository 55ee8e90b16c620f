package dev.brickoptima.core.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sink catalog ({@link SqlSinks}) as a Markdown table for the IDE guides (docs/intellij.md, docs/eclipse.md), so
 * the list users read is the list the engine uses. Generated, never edited by hand.
 */
public final class SinkCatalogMarkdown {
    private SinkCatalogMarkdown() {
    }

    public static String render() {
        // one row per framework, class and what is checked, the members joined
        Map<String, List<SqlSink>> rows = new LinkedHashMap<>();
        for (SqlSink s : SqlSinks.all()) {
            String key = s.framework() + '|' + s.owner() + '|' + checks(s);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| framework | class or annotation | methods | what BrickOptima checks |\n|---|---|---|---|\n");
        for (List<SqlSink> row : rows.values()) {
            SqlSink first = row.get(0);
            sb.append("| ").append(first.framework()).append(" | `").append(first.owner()).append("` | ");
            if (first.isAnnotation()) {
                sb.append(first.requiredAttribute() == null ? "its value" : "its value, when `" + first.requiredAttribute() + " = true`");
            } else {
                for (int i = 0; i < row.size(); i++) sb.append(i == 0 ? "" : ", ").append('`').append(row.get(i).member()).append('`');
            }
            sb.append(" | ").append(checks(first)).append(" |\n");
        }
        return sb.toString();
    }

    private static String checks(SqlSink s) {
        String what;
        switch (s.shape()) {
            case STATEMENT: what = "SQL rules and injection"; break;
            case JPQL: what = "injection only (JPQL/HQL is not SQL)"; break;
            default: what = "injection only (a SQL fragment)"; break;
        }
        if (s.dialect() != null) what += ", always as " + s.dialect().title() + " SQL";
        if (s.placeholders() == SqlSink.Placeholders.MYBATIS) what += "; `#{x}` binds, `${x}` pastes text";
        if (s.use() == SqlSink.Use.EMBEDS && s.shape() == SqlSink.Shape.STATEMENT) what += " (embedded, runs later)";
        return what;
    }
}
