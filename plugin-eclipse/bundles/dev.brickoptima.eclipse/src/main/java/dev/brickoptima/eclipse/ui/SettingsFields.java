package dev.brickoptima.eclipse.ui;

import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

import java.util.function.Consumer;

/** The settings fields, shared by the workspace preference page and the project property page. */
final class SettingsFields {
    private SettingsFields() {
    }

    static void create(Composite parent, Consumer<FieldEditor> add) {
        add.accept(new BooleanFieldEditor(SettingsKeys.ENABLED, "&Analyze SQL in Java sources (while typing and on build)", parent));
        add.accept(new BooleanFieldEditor(SettingsKeys.HEURISTIC_LITERALS,
            "Also check string &literals that clearly are SQL, not only SQL passed to known methods", parent));
        add.accept(new ComboFieldEditor(SettingsKeys.DIALECT, "SQL &dialect:", new String[][] {
            {"Spark SQL / Databricks", "spark"}, {"PostgreSQL", "postgres"}, {"ANSI SQL", "ansi"}}, parent));
        add.accept(new StringFieldEditor(SettingsKeys.PROFILES, "Rule &profiles (read-only, strict):", parent));
        add.accept(new StringFieldEditor(SettingsKeys.DISABLED_RULES, "Disabled &rules (ids, comma-separated):", parent));
        add.accept(new StringFieldEditor(SettingsKeys.THRESHOLDS, "&Thresholds (rule-id.name = value; ...):", parent));
        add.accept(new StringFieldEditor(SettingsKeys.PARTITION_COLUMNS, "Partition &columns (table: col, col; ...):", parent));
        add.accept(new StringFieldEditor(SettingsKeys.SPARK_UI_URL, "Spark &UI address:", parent));
    }
}
