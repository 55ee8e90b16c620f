package dev.brickoptima.browser.content;

import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The findings of one execution under its "Analyze plan" button: message, operator, numbers (detail), fixes with
 * what to paste, and a link to the rule's documentation. Clicking a finding outlines its operator in the plan graph
 * and scrolls to it; the operator ids "(N)" of the findings are written next to their graph nodes.
 */
final class FindingsPanel {
    static final String HIGHLIGHT = "brickoptima-highlight";
    private final HTMLElement root;

    FindingsPanel(HTMLElement root) {
        this.root = root;
    }

    void showBusy() {
        Ui.clear(root);
        root.appendChild(Ui.text("div", "brickoptima-status", "Analyzing…"));
    }

    void show(AnalysisView a) {
        Ui.clear(root);
        if (a.getError() != null) {
            root.appendChild(Ui.text("div", "brickoptima-status brickoptima-error-text", "BrickOptima: " + a.getError()));
            return;
        }
        HTMLElement head = Ui.el("div", "brickoptima-summary brickoptima-" + Ui.worst(a.getCounts()));
        head.appendChild(Ui.text("strong", null, "BrickOptima: " + Ui.countsText(a.getCounts())));
        String src = "rest".equals(a.getSource()) ? "plan and metrics from the REST API" : "plan text of the page";
        head.appendChild(Ui.text("span", "brickoptima-meta", " — " + src + ", " + Math.round(a.getMillis()) + " ms"));
        root.appendChild(head);
        if (a.getDescription() != null && !a.getDescription().isEmpty()) {
            root.appendChild(Ui.text("div", "brickoptima-description", a.getDescription()));
        }
        JSArrayReader<AnalysisView.FindingView> fs = a.getFindings();
        HTMLElement list = Ui.el("ol", "brickoptima-findings");
        for (int i = 0; i < fs.getLength(); i++) {
            list.appendChild(row(fs.get(i)));
            AnalysisView.LocationView loc = fs.get(i).getLocation();
            if (loc != null && loc.getGraphNodeId() != null && loc.getOperatorId() != null) {
                Browser.labelGraphNode(SparkPage.graphNodeSelector(loc.getGraphNodeId()), "(" + loc.getOperatorId() + ")");
            }
        }
        root.appendChild(list);
    }

    private HTMLElement row(AnalysisView.FindingView f) {
        HTMLElement li = Ui.el("li", "brickoptima-finding brickoptima-" + f.getSeverity());
        li.setAttribute("data-rule", f.getRuleId());
        li.setAttribute("tabindex", "0");
        HTMLElement top = Ui.el("div", "brickoptima-finding-head");
        top.appendChild(Ui.text("span", "brickoptima-sev", f.getSeverity()));
        top.appendChild(Ui.text("span", "brickoptima-rule", f.getRuleId()));
        top.appendChild(Ui.text("span", "brickoptima-message", f.getMessage()));
        li.appendChild(top);
        AnalysisView.LocationView loc = f.getLocation();
        String opId = loc == null ? null : loc.getOperatorId();
        if (opId != null) {
            String name = loc.getOperator();
            li.appendChild(Ui.text("div", "brickoptima-operator",
                "Operator: " + (name != null ? name + " " : "") + "(" + opId + ")"));
            li.setAttribute("data-operator", opId);
            if (loc.getGraphNodeId() != null) li.setAttribute("data-graph-node", loc.getGraphNodeId());
        }
        if (f.getDetail() != null) li.appendChild(Ui.text("div", "brickoptima-detail", f.getDetail()));
        JSArrayReader<AnalysisView.FixView> fixes = f.getFixes();
        for (int i = 0; fixes != null && i < fixes.getLength(); i++) {
            li.appendChild(Ui.text("div", "brickoptima-fix", "Fix: " + fixes.get(i).getDescription()));
            String copy = fixes.get(i).getCopy();
            if (copy != null) li.appendChild(copyBlock(copy));
        }
        HTMLElement docs = Ui.text("a", "brickoptima-docs", "About " + f.getRuleId());
        docs.setAttribute("href", "#");
        docs.addEventListener("click", e -> {
            e.preventDefault();
            e.stopPropagation();
            Browser.openRuleDocs(f.getRuleId());
        });
        li.appendChild(docs);
        li.addEventListener("click", e -> highlight(li.getAttribute("data-graph-node"), opId));
        return li;
    }

    /** The text to paste and a Copy button (clicking it does not also select the finding). */
    private static HTMLElement copyBlock(String text) {
        HTMLElement box = Ui.el("div", "brickoptima-copy");
        HTMLElement code = Ui.text("pre", "brickoptima-copy-text", text);
        HTMLElement button = Ui.button("Copy", "brickoptima-button brickoptima-copy-button");
        button.addEventListener("click", e -> {
            e.stopPropagation();
            Browser.copyText(text, code, how -> button.setTextContent("copied".equals(how) ? "Copied" : "Selected: press Ctrl+C"));
        });
        box.appendChild(code);
        box.appendChild(button);
        return box;
    }

    /** Outlines the operator's node in #plan-viz-graph ({@link SparkPage#graphNodeSelector}). */
    static boolean highlight(String graphNodeId, String operatorId) {
        HTMLDocument doc = HTMLDocument.current();
        NodeList<? extends Element> old = doc.querySelectorAll("." + HIGHLIGHT);
        for (int i = 0; i < old.getLength(); i++) ((HTMLElement) old.item(i)).getClassList().remove(HIGHLIGHT);
        String selector = SparkPage.graphNodeSelector(graphNodeId);
        if (selector == null) return false;
        Element node = doc.querySelector(selector);
        if (node == null) return false;
        ((HTMLElement) node).getClassList().add(HIGHLIGHT);
        Browser.scrollToCenter(node);
        return true;
    }
}
