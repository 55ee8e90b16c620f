package dev.brickoptima.browser.content;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL list: an "Analyze" button per execution row whose answer becomes a badge with counts by severity, and a
 * bar above the tables with "Analyze all" (every shown row, a few at a time), a sort (worst first) and a filter by
 * severity. A badge links to its execution page with the findings panel open.
 *
 * <p>Spark 3.5 renders the list on the server. Spark 4.1+ draws it by script after the page has loaded (DataTables over
 * the REST API, 20 rows a page) and replaces every row on each page, sort, filter or length change, so rows are
 * picked up whenever they appear, and analyses are kept by execution id: a redrawn row shows its badge again.
 */
final class ListPageUi {
    /** Analyses in flight at once for "Analyze all": enough to overlap the REST round trips, not to load the driver. */
    static final int MAX_PARALLEL = 3;

    private final SparkPage page;
    private final List<Row> rows = new ArrayList<>();
    /** Answers by execution id, and the executions being analysed, across redraws of the rows. */
    private final Map<Long, AnalysisView> results = new HashMap<>();
    private final Set<Long> busy = new HashSet<>();
    private int created;
    private HTMLElement allButton;
    private HTMLElement sortSelect;
    private HTMLElement filterSelect;
    private int pending;
    private int next;
    private int done;
    private List<Row> queue = new ArrayList<>();

    /** One execution row: its button, its badge and its rank once analysed. */
    private final class Row {
        final long id;
        final HTMLElement tr;
        final int order;
        final HTMLElement button;
        final HTMLElement badge;
        Severities.Rank rank = Severities.Rank.NOT_ANALYSED;

        Row(long id, HTMLElement tr, int order, HTMLElement button, HTMLElement badge) {
            this.id = id;
            this.tr = tr;
            this.order = order;
            this.button = button;
            this.badge = badge;
        }
    }

    private ListPageUi(SparkPage page) {
        this.page = page;
    }

    static void install(SparkPage page) {
        ListPageUi ui = new ListPageUi(page);
        ui.installRows();
        Browser.onNodesAdded(HTMLDocument.current().getBody(), ".brickoptima-cell, .brickoptima-listbar", ui::installRows);
    }

    /** Adds a cell to every execution row that has none (first call, and after each redraw), and the bar once. */
    private void installRows() {
        rows.removeIf(r -> !Browser.isConnected(r.tr));
        boolean added = false;
        NodeList<? extends Element> trs = HTMLDocument.current().querySelectorAll("table tbody tr");
        HTMLElement firstTable = null;
        for (int i = 0; i < trs.getLength(); i++) {
            HTMLElement tr = (HTMLElement) trs.item(i);
            // a row holding a table is Spark 4's wrapper of a root's sub-executions: its own rows get the buttons
            if (tr.querySelector(".brickoptima-cell") != null || tr.querySelector("table") != null) continue;
            Element link = tr.querySelector("a[href*='execution/?id=']");
            if (link == null) continue;
            long id = SparkPage.executionIdOfLink(link.getAttribute("href"));
            Element firstCell = tr.querySelector("td");
            if (id < 0 || firstCell == null) continue;
            if (firstTable == null) firstTable = (HTMLElement) tr.getParentNode().getParentNode();
            firstCell.appendChild(cell(id, tr));
            added = true;
        }
        if (firstTable != null && HTMLDocument.current().querySelector(".brickoptima-listbar") == null) {
            firstTable.getParentNode().insertBefore(bar(), firstTable);
        }
        if (added && !results.isEmpty()) arrange();
    }

    private HTMLElement cell(long id, HTMLElement tr) {
        HTMLElement box = Ui.el("div", "brickoptima-cell");
        HTMLElement button = Ui.button("Analyze", "brickoptima-button brickoptima-analyze");
        button.setAttribute("data-execution", Long.toString(id));
        HTMLElement badge = Ui.el("a", "brickoptima-badge");
        badge.setAttribute("data-execution", Long.toString(id));
        box.appendChild(button);
        box.appendChild(badge);
        Row row = new Row(id, tr, created++, button, badge);
        rows.add(row);
        button.addEventListener("click", e -> analyze(row, null));
        if (busy.contains(id)) showBusy(row);
        else if (results.containsKey(id)) show(row, results.get(id));
        return box;
    }

    private HTMLElement bar() {
        HTMLElement bar = Ui.el("div", "brickoptima-listbar");
        allButton = Ui.button("Analyze all", "brickoptima-button brickoptima-analyze-all");
        allButton.addEventListener("click", e -> analyzeAll());
        bar.appendChild(allButton);
        bar.appendChild(Ui.text("label", "brickoptima-meta", " Sort "));
        sortSelect = Ui.select("brickoptima-sort", new String[][] {{"page", "as Spark lists them"}, {"worst", "worst first"}});
        sortSelect.addEventListener("change", e -> arrange());
        bar.appendChild(sortSelect);
        bar.appendChild(Ui.text("label", "brickoptima-meta", " Show "));
        filterSelect = Ui.select("brickoptima-filter", new String[][] {
            {"all", "all executions"}, {"error", "with errors"}, {"warning", "with errors or warnings"},
            {"any", "with any finding"}, {"none", "not analysed yet"}});
        filterSelect.addEventListener("change", e -> arrange());
        bar.appendChild(filterSelect);
        bar.appendChild(Ui.text("span", "brickoptima-meta brickoptima-progress", ""));
        return bar;
    }

    /** Every row on show (not in a collapsed table, not filtered out) that is not already being analysed. */
    private void analyzeAll() {
        if (pending > 0) return;
        queue = new ArrayList<>();
        for (Row r : rows) if (!busy.contains(r.id) && Browser.isShown(r.tr)) queue.add(r);
        next = 0;
        done = 0;
        allButton.setAttribute("disabled", "disabled");
        progress();
        for (int i = 0; i < MAX_PARALLEL; i++) startNext();
        if (queue.isEmpty()) finishAll();
    }

    private void startNext() {
        if (next >= queue.size()) return;
        Row r = queue.get(next++);
        pending++;
        analyze(r, () -> {
            pending--;
            done++;
            progress();
            if (next < queue.size()) startNext();
            else if (pending == 0) finishAll();
        });
    }

    private void finishAll() {
        allButton.removeAttribute("disabled");
        arrange();
    }

    private void progress() {
        HTMLElement p = (HTMLElement) HTMLDocument.current().querySelector(".brickoptima-progress");
        if (p != null) p.setTextContent(" Analysed " + done + " of " + queue.size());
    }

    private void analyze(Row row, Runnable then) {
        long id = row.id;
        busy.add(id);
        for (Row r : rows) if (r.id == id) showBusy(r);
        ExecutionAnalysis.run(page, id, json -> {
            busy.remove(id);
            AnalysisView a = Browser.parseResult(json);
            results.put(id, a);
            // the row may have been redrawn meanwhile: the answer goes to the rows of that execution now on the page
            for (Row r : rows) if (r.id == id) show(r, a);
            if (then != null) then.run();
            else arrange();
        });
    }

    private static void showBusy(Row row) {
        row.badge.setClassName("brickoptima-badge brickoptima-busy");
        row.badge.setTextContent("…");
    }

    private void show(Row row, AnalysisView a) {
        HTMLElement badge = row.badge;
        if (a.getError() != null) {
            row.rank = Severities.Rank.FAILED;
            badge.setClassName("brickoptima-badge brickoptima-failed");
            badge.setTextContent("failed");
            badge.setAttribute("title", a.getError());
            row.tr.setAttribute("data-brickoptima-severity", row.rank.label);
            return;
        }
        row.rank = Severities.rank(a.getCounts());
        row.tr.setAttribute("data-brickoptima-severity", row.rank.label);
        badge.setClassName("brickoptima-badge brickoptima-" + Ui.worst(a.getCounts()));
        badge.setTextContent(Ui.countsText(a.getCounts()));
        StringBuilder tip = new StringBuilder();
        for (int i = 0; i < a.getFindings().getLength() && i < 8; i++) {
            AnalysisView.FindingView f = a.getFindings().get(i);
            tip.append(f.getSeverity()).append(": ").append(f.getMessage()).append('\n');
        }
        // a title attribute is plain text, never parsed as markup
        badge.setAttribute("title", tip.length() == 0 ? "No findings" : tip.toString());
        badge.setAttribute("href", page.executionPageUrl(row.id) + ExecutionPageUi.OPEN_FRAGMENT);
    }

    /** Applies the sort and the filter: rows move only within their own table body, so Spark's sections stay. */
    private void arrange() {
        if (sortSelect == null) return;
        String filter = Ui.value(filterSelect);
        for (Row r : rows) r.tr.setHidden(!Severities.passes(r.rank, filter));
        List<Row> order = new ArrayList<>(rows);
        boolean worstFirst = "worst".equals(Ui.value(sortSelect));
        order.sort((a, b) -> {
            if (worstFirst && a.rank.order != b.rank.order) return Integer.compare(b.rank.order, a.rank.order);
            return Integer.compare(a.order, b.order);
        });
        for (Row r : order) r.tr.getParentNode().appendChild(r.tr);
    }
}
