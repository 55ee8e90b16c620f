package dev.brickoptima.intellij;

import com.intellij.codeInspection.CommonProblemDescriptor;
import com.intellij.codeInspection.GlobalInspectionContext;
import com.intellij.codeInspection.InspectionManager;
import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ModuleProblemDescriptor;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.codeInspection.ProblemHighlightType;
import com.intellij.codeInspection.QuickFix;
import com.intellij.lang.annotation.ProblemGroup;
import com.intellij.openapi.editor.colors.TextAttributesKey;
import com.intellij.openapi.module.Module;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.util.TextRange;
import com.intellij.psi.PsiElement;

/**
 * The IDE's InspectionManager lives in the platform implementation, which is not in Debian's 183 jars; this one
 * creates plain problem descriptors for the elements and ranges the inspection registers.
 */
@SuppressWarnings({"deprecation", "rawtypes"}) // it must implement the 183 API's deprecated and raw-typed abstract methods
final class MockInspectionManager extends InspectionManager {
    private final Project project;

    MockInspectionManager(Project project) {
        this.project = project;
    }

    /** A registered problem: element, range within it, message, highlight type and fixes. */
    static final class Descriptor implements ProblemDescriptor {
        private final PsiElement element;
        private final TextRange range;
        private final String message;
        private final ProblemHighlightType type;
        private final LocalQuickFix[] fixes;

        Descriptor(PsiElement element, TextRange range, String message, ProblemHighlightType type, LocalQuickFix[] fixes) {
            this.element = element;
            this.range = range != null ? range : new TextRange(0, element.getTextLength());
            this.message = message;
            this.type = type;
            this.fixes = fixes == null ? LocalQuickFix.EMPTY_ARRAY : fixes;
        }

        @Override public PsiElement getPsiElement() { return element; }
        @Override public PsiElement getStartElement() { return element; }
        @Override public PsiElement getEndElement() { return element; }
        @Override public TextRange getTextRangeInElement() { return range; }
        @Override public int getLineNumber() { return 0; }
        @Override public ProblemHighlightType getHighlightType() { return type; }
        @Override public boolean isAfterEndOfLine() { return false; }
        @Override public void setTextAttributes(TextAttributesKey key) { }
        @Override public ProblemGroup getProblemGroup() { return null; }
        @Override public void setProblemGroup(ProblemGroup group) { }
        @Override public boolean showTooltip() { return true; }
        @Override public String getDescriptionTemplate() { return message; }
        @Override public QuickFix[] getFixes() { return fixes; }
    }

    @Override public Project getProject() { return project; }

    @Override
    public CommonProblemDescriptor createProblemDescriptor(String descriptionTemplate, QuickFix... fixes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ModuleProblemDescriptor createProblemDescriptor(String descriptionTemplate, Module module, QuickFix... fixes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, LocalQuickFix fix, ProblemHighlightType t, boolean onTheFly) {
        return new Descriptor(e, null, d, t, fix == null ? null : new LocalQuickFix[] {fix});
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, boolean onTheFly, LocalQuickFix[] fixes, ProblemHighlightType t) {
        return new Descriptor(e, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, LocalQuickFix[] fixes, ProblemHighlightType t, boolean onTheFly, boolean eol) {
        return new Descriptor(e, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement start, PsiElement end, String d, ProblemHighlightType t, boolean onTheFly, LocalQuickFix... fixes) {
        return new Descriptor(start, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, TextRange range, String d, ProblemHighlightType t, boolean onTheFly, LocalQuickFix... fixes) {
        return new Descriptor(e, range, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, boolean showTooltip, ProblemHighlightType t, boolean onTheFly, LocalQuickFix... fixes) {
        return new Descriptor(e, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, LocalQuickFix fix, ProblemHighlightType t) {
        return new Descriptor(e, null, d, t, fix == null ? null : new LocalQuickFix[] {fix});
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, LocalQuickFix[] fixes, ProblemHighlightType t) {
        return new Descriptor(e, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, String d, LocalQuickFix[] fixes, ProblemHighlightType t, boolean onTheFly) {
        return new Descriptor(e, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement start, PsiElement end, String d, ProblemHighlightType t, LocalQuickFix... fixes) {
        return new Descriptor(start, null, d, t, fixes);
    }

    @Override
    public ProblemDescriptor createProblemDescriptor(PsiElement e, TextRange range, String d, ProblemHighlightType t, LocalQuickFix... fixes) {
        return new Descriptor(e, range, d, t, fixes);
    }

    @Override
    public GlobalInspectionContext createNewGlobalContext(boolean reuse) {
        throw new UnsupportedOperationException();
    }
}
