package dev.brickoptima.browser.content;

/**
 * Where a Spark UI page is and what it is, from its path alone: the SQL list ({@code .../SQL/}), an execution
 * ({@code .../SQL/execution/?id=N}), or neither. {@code prefix} is everything before {@code /SQL} (empty for the
 * live driver UI, {@code /proxy/app-1} behind a proxy); History Server pages name the application in the path.
 * Pure Java, so it is tested on the JVM.
 */
public final class SparkPage {
    public enum Kind { SQL_LIST, EXECUTION, OTHER }

    private final Kind kind;
    private final String prefix;
    private final String historyApp;
    private final String historyAttempt;
    private final String historyRoot;
    private final long executionId;

    private SparkPage(Kind kind, String prefix, String historyRoot, String historyApp, String historyAttempt, long executionId) {
        this.kind = kind;
        this.prefix = prefix;
        this.historyRoot = historyRoot;
        this.historyApp = historyApp;
        this.historyAttempt = historyAttempt;
        this.executionId = executionId;
    }

    public static SparkPage of(String path, String search) {
        if (path == null) path = "";
        int sql = path.indexOf("/SQL");
        if (sql < 0) return new SparkPage(Kind.OTHER, "", null, null, null, -1);
        String rest = path.substring(sql + 4);
        Kind kind;
        long id = -1;
        if (rest.isEmpty() || rest.equals("/")) {
            kind = Kind.SQL_LIST;
        } else if (rest.equals("/execution") || rest.equals("/execution/")) {
            id = queryId(search);
            kind = id >= 0 ? Kind.EXECUTION : Kind.OTHER;
        } else {
            kind = Kind.OTHER;
        }
        String prefix = path.substring(0, sql);
        String root = null;
        String app = null;
        String attempt = null;
        int h = prefix.indexOf("/history/");
        if (h >= 0) {
            root = prefix.substring(0, h);
            String[] parts = prefix.substring(h + "/history/".length()).split("/");
            if (parts.length >= 1 && !parts[0].isEmpty()) app = parts[0];
            if (parts.length >= 2 && !parts[1].isEmpty()) attempt = parts[1];
        }
        return new SparkPage(kind, prefix, root, app, attempt, id);
    }

    /** The value of {@code id} in a query string such as {@code ?id=12&x=y}, or -1. */
    static long queryId(String search) {
        if (search == null) return -1;
        String s = search.startsWith("?") ? search.substring(1) : search;
        for (String pair : s.split("&")) {
            if (pair.startsWith("id=")) return digits(pair.substring(3));
        }
        return -1;
    }

    /** The execution id in a link such as {@code /SQL/execution/?id=12}, or -1. */
    public static long executionIdOfLink(String href) {
        if (href == null) return -1;
        int q = href.indexOf("execution/?");
        if (q < 0) return -1;
        int hash = href.indexOf('#', q);
        return queryId(href.substring(q + "execution/".length(), hash < 0 ? href.length() : hash));
    }

    /** A short run of decimal digits as a number, else -1. */
    static long digits(String s) {
        if (s.isEmpty() || s.length() > 12) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public Kind kind() { return kind; }
    public String prefix() { return prefix; }
    public long executionId() { return executionId; }
    public boolean isHistory() { return historyApp != null; }

    /** The REST root of the application when the path names it (History Server), else null (ask the API). */
    public String knownAppRestBase() {
        if (historyApp == null) return null;
        return historyRoot + "/api/v1/applications/" + historyApp + (historyAttempt == null ? "" : "/" + historyAttempt);
    }

    /** Lists the applications of a live UI (one for a driver), to learn the app id. */
    public String applicationsUrl() {
        return prefix + "/api/v1/applications";
    }

    public String appRestBase(String appId) {
        return prefix + "/api/v1/applications/" + appId;
    }

    public static String executionRestPath(String appBase, long id) {
        return appBase + "/sql/" + id + "?details=true&planDescription=true";
    }

    public String executionPageUrl(long id) {
        return prefix + "/SQL/execution/?id=" + id;
    }

    /**
     * The CSS selector of a plan graph node on the execution page, K its REST nodeId: Spark 3.5's graph gives the node
     * the class {@code node_K}, Spark 4.x's the element id {@code nodeK}. Null for anything but digits.
     */
    public static String graphNodeSelector(String graphNodeId) {
        if (graphNodeId == null || digits(graphNodeId) < 0) return null;
        return "#plan-viz-graph svg .node_" + graphNodeId + ", #plan-viz-graph svg g.node#node" + graphNodeId;
    }
}
