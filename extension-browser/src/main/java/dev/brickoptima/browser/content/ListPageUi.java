package dev.brickoptima.browser.content;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/** The SQL list: an "Analyze" button per execution row; the answer becomes a badge with counts by severity. */
final class ListPageUi {
    private ListPageUi() {
    }

    static void install(SparkPage page) {
        NodeList<? extends Element> rows = HTMLDocument.current().querySelectorAll("table tbody tr");
        for (int i = 0; i < rows.getLength(); i++) {
            HTMLElement row = (HTMLElement) rows.item(i);
            if (row.querySelector(".brickoptima-cell") != null) continue;
            Element link = row.querySelector("a[href*='execution/?id=']");
            if (link == null) continue;
            long id = SparkPage.executionIdOfLink(link.getAttribute("href"));
            Element firstCell = row.querySelector("td");
            if (id < 0 || firstCell == null) continue;
            firstCell.appendChild(cell(page, id));
        }
    }

    private static HTMLElement cell(SparkPage page, long id) {
        HTMLElement box = Ui.el("div", "brickoptima-cell");
        HTMLElement button = Ui.button("Analyze", "brickoptima-button brickoptima-analyze");
        button.setAttribute("data-execution", Long.toString(id));
        HTMLElement badge = Ui.el("a", "brickoptima-badge");
        badge.setAttribute("data-execution", Long.toString(id));
        box.appendChild(button);
        box.appendChild(badge);
        button.addEventListener("click", e -> {
            badge.setClassName("brickoptima-badge brickoptima-busy");
            badge.setTextContent("…");
            ExecutionAnalysis.run(page, id, json -> show(badge, page, id, Browser.parseResult(json)));
        });
        return box;
    }

    private static void show(HTMLElement badge, SparkPage page, long id, AnalysisView a) {
        if (a.getError() != null) {
            badge.setClassName("brickoptima-badge brickoptima-failed");
            badge.setTextContent("failed");
            badge.setAttribute("title", a.getError());
            return;
        }
        badge.setClassName("brickoptima-badge brickoptima-" + Ui.worst(a.getCounts()));
        badge.setTextContent(Ui.countsText(a.getCounts()));
        StringBuilder tip = new StringBuilder();
        for (int i = 0; i < a.getFindings().getLength() && i < 8; i++) {
            AnalysisView.FindingView f = a.getFindings().get(i);
            tip.append(f.getSeverity()).append(": ").append(f.getMessage()).append('\n');
        }
        // a title attribute is plain text, never parsed as markup
        badge.setAttribute("title", tip.length() == 0 ? "No findings" : tip.toString());
        badge.setAttribute("href", page.executionPageUrl(id));
    }
}
