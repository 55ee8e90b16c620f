package dev.brickoptima.browser.content;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The execution page: an "Analyze plan" button above the plan graph and the findings panel under it, with a button
 * that collapses the panel. Reached from a badge of the SQL list ({@code #brickoptima} in the URL), the analysis runs
 * at once and the panel opens by itself.
 */
final class ExecutionPageUi {
    /** The fragment the SQL list's badges link with. */
    static final String OPEN_FRAGMENT = "#brickoptima";

    private ExecutionPageUi() {
    }

    static void install(SparkPage page) {
        HTMLDocument doc = HTMLDocument.current();
        if (doc.querySelector(".brickoptima-bar") != null) return;
        HTMLElement anchor = doc.querySelector("#plan-viz-graph");
        if (anchor == null) anchor = doc.querySelector("#physical-plan-details");
        if (anchor == null) return;
        HTMLElement bar = Ui.el("div", "brickoptima-bar");
        HTMLElement button = Ui.button("Analyze plan", "brickoptima-button brickoptima-analyze-plan");
        HTMLElement toggle = Ui.button("Hide findings", "brickoptima-button brickoptima-toggle");
        toggle.setAttribute("aria-expanded", "true");
        toggle.setHidden(true);
        bar.appendChild(button);
        bar.appendChild(toggle);
        HTMLElement panelRoot = Ui.el("div", "brickoptima-panel");
        bar.appendChild(panelRoot);
        anchor.getParentNode().insertBefore(bar, anchor);
        FindingsPanel panel = new FindingsPanel(panelRoot);
        toggle.addEventListener("click", e -> setExpanded(toggle, panelRoot, panelRoot.isHidden()));
        Runnable analyze = () -> {
            setExpanded(toggle, panelRoot, true);
            toggle.setHidden(false);
            panel.showBusy();
            ExecutionAnalysis.run(page, page.executionId(), json -> panel.show(Browser.parseResult(json)));
        };
        button.addEventListener("click", e -> analyze.run());
        if (OPEN_FRAGMENT.equals(Browser.hash())) {
            analyze.run();
            Browser.scrollToCenter(bar);
        }
    }

    private static void setExpanded(HTMLElement toggle, HTMLElement panelRoot, boolean expanded) {
        panelRoot.setHidden(!expanded);
        toggle.setAttribute("aria-expanded", expanded ? "true" : "false");
        toggle.setTextContent(expanded ? "Hide findings" : "Show findings");
    }
}
