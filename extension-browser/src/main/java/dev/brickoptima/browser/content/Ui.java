package dev.brickoptima.browser.content;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Builds DOM with createElement and textContent only: query descriptions and plan text come from whoever
 * submitted the query, so nothing page-derived is ever parsed as HTML.
 */
final class Ui {
    private Ui() {
    }

    static HTMLElement el(String tag, String className) {
        HTMLElement e = HTMLDocument.current().createElement(tag);
        if (className != null) e.setClassName(className);
        return e;
    }

    static HTMLElement text(String tag, String className, String text) {
        HTMLElement e = el(tag, className);
        e.setTextContent(text == null ? "" : text);
        return e;
    }

    static HTMLElement button(String label, String className) {
        HTMLElement b = text("button", className, label);
        b.setAttribute("type", "button");
        return b;
    }

    /** A select of {value, label} options; labels are our own text, set with textContent. */
    static HTMLElement select(String className, String[][] options) {
        HTMLElement s = el("select", className);
        for (String[] o : options) {
            HTMLElement opt = text("option", null, o[1]);
            opt.setAttribute("value", o[0]);
            s.appendChild(opt);
        }
        return s;
    }

    static String value(HTMLElement select) {
        return ((org.teavm.jso.dom.html.HTMLSelectElement) select).getValue();
    }

    static void clear(HTMLElement e) {
        while (e.getFirstChild() != null) e.removeChild(e.getFirstChild());
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "2 errors, 1 warning" or "no findings". */
    static String countsText(AnalysisView.Counts c) {
        StringBuilder sb = new StringBuilder();
        if (c.getError() > 0) sb.append(plural(c.getError(), "error"));
        if (c.getWarning() > 0) sb.append(sb.length() > 0 ? ", " : "").append(plural(c.getWarning(), "warning"));
        if (c.getInfo() > 0) sb.append(sb.length() > 0 ? ", " : "").append(c.getInfo()).append(" info");
        return sb.length() == 0 ? "no findings" : sb.toString();
    }

    /** The worst severity present, for the badge colour. */
    static String worst(AnalysisView.Counts c) {
        return c.getError() > 0 ? "error" : c.getWarning() > 0 ? "warning" : c.getInfo() > 0 ? "info" : "clean";
    }
}
