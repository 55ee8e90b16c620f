package dev.brickoptima.browser.content;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** The execution page: an "Analyze plan" button above the plan graph and the findings panel under it. */
final class ExecutionPageUi {
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
        bar.appendChild(button);
        HTMLElement panelRoot = Ui.el("div", "brickoptima-panel");
        bar.appendChild(panelRoot);
        anchor.getParentNode().insertBefore(bar, anchor);
        FindingsPanel panel = new FindingsPanel(panelRoot);
        button.addEventListener("click", e -> {
            panel.showBusy();
            ExecutionAnalysis.run(page, page.executionId(), json -> panel.show(Browser.parseResult(json)));
        });
    }
}
