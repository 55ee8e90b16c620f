package dev.brickoptima.intellij;

import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.openapi.util.TextRange;

import java.util.ArrayList;
import java.util.List;

/** Test view of registered problems: message, highlighted source text and its file offset. */
record Problems(List<Problem> all) {
    record Problem(String message, String highlighted, int start, String type, ProblemDescriptor descriptor) {
        @Override
        public String toString() {
            return message + " @" + start + " '" + highlighted + "' " + type;
        }
    }

    static Problems of(List<ProblemDescriptor> descriptors) {
        List<Problem> out = new ArrayList<>();
        for (ProblemDescriptor d : descriptors) {
            TextRange r = d.getTextRangeInElement().shiftRight(d.getPsiElement().getTextRange().getStartOffset());
            String text = d.getPsiElement().getContainingFile().getText();
            out.add(new Problem(d.getDescriptionTemplate(), r.substring(text), r.getStartOffset(), d.getHighlightType().name(), d));
        }
        return new Problems(out);
    }

    List<String> summaries() {
        List<String> s = new ArrayList<>();
        for (Problem p : all) s.add(p.message() + " | " + p.highlighted());
        return s;
    }

    Problem withRule(String ruleId) {
        for (Problem p : all) if (p.message().endsWith("[" + ruleId + "]")) return p;
        throw new AssertionError("no problem of " + ruleId + " in " + all);
    }

    Problem highlighting(String text) {
        for (Problem p : all) if (p.highlighted().equals(text)) return p;
        throw new AssertionError("no problem highlighting '" + text + "' in " + all);
    }
}
