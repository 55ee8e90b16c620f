package dev.brickoptima.cli;

import dev.brickoptima.core.plan.SqlExecution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved Spark UI SQL execution page ({@code /SQL/execution/?id=N}, from the driver UI or a History Server, saved
 * as HTML): its formatted plan ({@code #physical-plan-details pre}), its "SQL / DataFrame Properties" (the
 * configuration the execution changed, such as {@code spark.sql.autoBroadcastJoinThreshold}), the query id and the
 * line where the plan text starts, so findings point into the HTML file.
 */
record SparkUiExecutionPage(SqlExecution execution, int planFirstLine) {

    /** Whether the text is an HTML document (rather than plan text or SQL that happens to contain a tag). */
    static boolean isHtml(String text) {
        String t = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head") || t.startsWith("<body")
            || t.startsWith("<?xml") && t.contains("<html");
    }

    /** The page's execution, or null when the HTML is not a Spark UI SQL execution page with a plan. */
    static SparkUiExecutionPage parse(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element pre = doc.selectFirst("#physical-plan-details pre");
        if (pre == null || pre.wholeText().isBlank()) return null;
        String plan = pre.wholeText();
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element row : doc.select(".sql-properties table tr")) {
            List<Element> cells = row.select("td");
            if (cells.size() == 2) properties.put(cells.get(0).text().trim(), cells.get(1).text().trim());
        }
        long id = queryId(doc);
        SqlExecution e = new SqlExecution(id, "", "", plan, -1, List.of(), List.of(), properties);
        return new SparkUiExecutionPage(e, firstLine(pre));
    }

    /** "Details for Query 8" in the page heading or title; -1 when absent. */
    private static long queryId(Document doc) {
        for (String text : new String[] {doc.select("h3, h4").text(), doc.title()}) {
            int i = text.indexOf("Details for Query ");
            if (i < 0) continue;
            int s = i + "Details for Query ".length();
            int e = s;
            while (e < text.length() && Character.isDigit(text.charAt(e))) e++;
            if (e > s) return Long.parseLong(text.substring(s, e));
        }
        return -1;
    }

    /** The HTML line on which the plan text starts: the line of the {@code <pre>} tag (1 when not tracked). */
    private static int firstLine(Element pre) {
        Range r = pre.sourceRange();
        return r != null && r.isTracked() ? r.start().lineNumber() : 1;
    }
}
