package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.openapi.project.Project;

/** "Disable rule": adds the rule to the project's disabled rules (Settings | Tools | BrickOptima). */
final class DisableRuleFix implements LocalQuickFix {
    private final String ruleId;

    DisableRuleFix(String ruleId) {
        this.ruleId = ruleId;
    }

    @Override
    public String getName() {
        return "Disable BrickOptima rule '" + ruleId + "' in this project";
    }

    @Override
    public String getFamilyName() {
        return "BrickOptima: disable rule";
    }

    @Override
    public boolean startInWriteAction() {
        return false;
    }

    @Override
    public void applyFix(Project project, ProblemDescriptor descriptor) {
        BrickOptimaSettings.getInstance(project).disableRule(ruleId);
    }
}
