package dev.brickoptima.eclipse.ui;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.jface.text.ITextSelection;

/** {@code emptyText}: whether a text selection selects nothing (so "Analyze Spark plan" shows only with a selection). */
public final class SelectionTester extends PropertyTester {
    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        if (!(receiver instanceof ITextSelection)) return true;
        String text = ((ITextSelection) receiver).getText();
        return text == null || text.isBlank();
    }
}
