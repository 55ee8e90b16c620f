package dev.brickoptima.intellij;

import com.intellij.openapi.options.Configurable;
import com.intellij.openapi.options.ConfigurationException;
import com.intellij.openapi.project.Project;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import java.awt.Component;
import java.util.List;

/** Settings page: Settings | Tools | BrickOptima (per project). */
public final class BrickOptimaConfigurable implements Configurable {
    private final Project project;
    private JComboBox<String> dialect;
    private JTextField profiles;
    private JTextArea disabled;
    private JTextArea thresholds;
    private JTextArea partitions;
    private JTextField sparkUi;
    private JCheckBox heuristic;

    public BrickOptimaConfigurable(Project project) {
        this.project = project;
    }

    @Override
    public String getDisplayName() {
        return "BrickOptima";
    }

    @Override
    public JComponent createComponent() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        dialect = new JComboBox<>(BrickOptimaSettings.dialects().toArray(new String[0]));
        profiles = new JTextField();
        disabled = new JTextArea(3, 40);
        thresholds = new JTextArea(4, 40);
        partitions = new JTextArea(4, 40);
        sparkUi = new JTextField();
        heuristic = new JCheckBox("Also check string literals that clearly are SQL but reach no known SQL method");
        row(p, "SQL dialect", dialect);
        row(p, "Rule profiles (comma-separated: read-only, strict)", profiles);
        row(p, "Disabled rules (rule ids)", new JScrollPane(disabled));
        row(p, "Thresholds (rule-id.name = value, one per line)", new JScrollPane(thresholds));
        row(p, "Partition columns (table: col1, col2 — one table per line)", new JScrollPane(partitions));
        row(p, "Spark UI URL", sparkUi);
        heuristic.setAlignmentX(Component.LEFT_ALIGNMENT);
        p.add(heuristic);
        p.add(Box.createVerticalGlue());
        reset();
        return p;
    }

    private static void row(JPanel p, String label, JComponent field) {
        JLabel l = new JLabel(label);
        l.setAlignmentX(Component.LEFT_ALIGNMENT);
        field.setAlignmentX(Component.LEFT_ALIGNMENT);
        p.add(l);
        p.add(field);
        p.add(Box.createVerticalStrut(6));
    }

    private BrickOptimaSettings.Settings fromForm() {
        BrickOptimaSettings.Settings s = BrickOptimaSettings.getInstance(project).copyOfState();
        s.dialect = String.valueOf(dialect.getSelectedItem());
        s.profiles = profiles.getText().trim();
        s.disabledRules = disabled.getText().trim();
        s.thresholds = thresholds.getText();
        s.partitionColumns = partitions.getText();
        s.sparkUiUrl = sparkUi.getText().trim();
        s.heuristicLiterals = heuristic.isSelected();
        return s;
    }

    @Override
    public boolean isModified() {
        BrickOptimaSettings.Settings now = BrickOptimaSettings.getInstance(project).getState();
        BrickOptimaSettings.Settings f = fromForm();
        return !(now.dialect.equals(f.dialect) && now.profiles.equals(f.profiles) && now.disabledRules.equals(f.disabledRules)
            && now.thresholds.equals(f.thresholds) && now.partitionColumns.equals(f.partitionColumns)
            && now.sparkUiUrl.equals(f.sparkUiUrl) && now.heuristicLiterals == f.heuristicLiterals);
    }

    @Override
    public void apply() throws ConfigurationException {
        BrickOptimaSettings.Settings s = fromForm();
        List<String> problems = BrickOptimaSettings.problems(s);
        if (!problems.isEmpty()) throw new ConfigurationException(String.join("; ", problems));
        BrickOptimaSettings.getInstance(project).update(s);
    }

    @Override
    public void reset() {
        if (dialect == null) return;
        BrickOptimaSettings.Settings s = BrickOptimaSettings.getInstance(project).getState();
        dialect.setSelectedItem(s.dialect);
        profiles.setText(s.profiles);
        disabled.setText(s.disabledRules);
        thresholds.setText(s.thresholds);
        partitions.setText(s.partitionColumns);
        sparkUi.setText(s.sparkUiUrl);
        heuristic.setSelected(s.heuristicLiterals);
    }
}
