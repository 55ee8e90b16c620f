package dev.brickoptima.jvm.spark;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads applications, SQL executions and stages from the Spark REST API ({@code /api/v1}) of a live driver UI, a
 * History Server, or a proxied UI that needs a bearer token (Databricks-style; the token comes from an environment
 * variable and is only ever sent in the {@code Authorization} header). Connection failures and 5xx answers are retried
 * a bounded number of times with exponential backoff; every failure ends in a {@link SparkApiException} with a
 * one-line message. Thread-safe.
 * <p>Every request is bounded, so no server can hold a caller: a read timeout (no byte for that long), a request
 * deadline (connect to last byte, so a server dripping one byte a second is still cut off), a deadline for all
 * requests of this client together (counted from {@link Builder#build()}, including retries and backoff), a cap on
 * the pages of one listing (a server that invents new ids on every page) and a cap on the bytes of one answer (an
 * endless body). Each ends in a {@link SparkApiException} whose {@link SparkApiException#limit()} names the limit.
 */
public final class SparkRestClient {

    public static final String DEFAULT_TOKEN_ENV = "BRICKOPTIMA_SPARK_TOKEN";

    private final HttpUrl apiBase;
    private final String displayBase;
    private final OkHttpClient http;
    private final String token; // null when no token; never logged, never in a message
    private final TokenRedactor redactor;
    private final String tokenEnv;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final int pageSize;
    private final int maxPages;
    private final long maxResponseBytes;
    private final Duration requestTimeout;
    private final Duration totalTimeout;
    private final long runDeadlineNanos;

    private SparkRestClient(Builder b, HttpUrl apiBase, String token) {
        this.apiBase = apiBase;
        this.token = token;
        this.redactor = new TokenRedactor(token);
        this.displayBase = display(apiBase);
        this.tokenEnv = b.tokenEnv;
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.pageSize = b.pageSize;
        this.maxPages = b.maxPages;
        this.maxResponseBytes = b.maxResponseBytes;
        this.requestTimeout = b.requestTimeout;
        this.totalTimeout = b.totalTimeout;
        this.runDeadlineNanos = System.nanoTime() + b.totalTimeout.toNanos();
        // our own bounded retries are the only ones, so the attempt count in messages is true
        this.http = new OkHttpClient.Builder()
            .connectTimeout(b.connectTimeout)
            .readTimeout(b.readTimeout)
            .writeTimeout(b.readTimeout)
            .retryOnConnectionFailure(false)
            .build();
    }

    /**
     * A builder for the UI or History Server at {@code baseUrl}: {@code http://host:4040}, {@code http://host:18080},
     * a proxy prefix such as {@code https://host/driver-proxy/o/1/cluster/40001}, or any of these ending in {@code /api/v1}.
     */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** The API root in messages (without credentials in the URL). */
    public String apiBase() {
        return displayBase;
    }

    public List<SparkApplication> applications() {
        JsonNode json = get(url("applications"));
        return mapped(() -> SparkRestJson.applications(json), url("applications"));
    }

    /** All SQL executions of an application with node metrics and plan descriptions, fetched page by page. */
    public List<SqlExecution> executions(String app) {
        List<SqlExecution> all = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int pages = 0, offset = 0; ; offset += pageSize) {
            checkPages(++pages, "SQL executions of " + app);
            List<SqlExecution> page = executions(app, offset, pageSize);
            boolean fresh = false;
            for (SqlExecution e : page) {
                if (seen.add(e.id())) {
                    all.add(e);
                    fresh = true;
                }
            }
            // a short page ends the list; a page of known ids means the server ignores offset
            if (page.size() < pageSize || !fresh) {
                return all;
            }
        }
    }

    /** One page of {@code /sql}: executions {@code offset .. offset+length-1} in id order. */
    public List<SqlExecution> executions(String app, int offset, int length) {
        HttpUrl u = url("applications/" + app + "/sql").newBuilder()
            .addQueryParameter("details", "true").addQueryParameter("planDescription", "true")
            .addQueryParameter("offset", Integer.toString(offset)).addQueryParameter("length", Integer.toString(length))
            .build();
        JsonNode json = get(u);
        return mapped(() -> SparkRestJson.executions(json), u);
    }

    public SqlExecution execution(String app, long executionId) {
        HttpUrl u = url("applications/" + app + "/sql/" + executionId).newBuilder()
            .addQueryParameter("details", "true").addQueryParameter("planDescription", "true").build();
        JsonNode json = get(u);
        return mapped(() -> SparkRestJson.execution(json), u);
    }

    /**
     * The application's Spark configuration ({@code sparkProperties} of {@code /environment}): what the application
     * was started with. Values an execution set itself at runtime are not in it.
     */
    public Map<String, String> sparkProperties(String app) {
        HttpUrl u = url("applications/" + app + "/environment");
        JsonNode json = get(u);
        return mapped(() -> SparkRestJson.sparkProperties(json), u);
    }

    /**
     * All stages with task quantiles. {@code details=false}: task lists can be huge and the quantiles
     * ({@code withSummaries=true}) carry what skew and spill checks need.
     */
    public List<StageSummary> stages(String app) {
        HttpUrl u = url("applications/" + app + "/stages").newBuilder()
            .addQueryParameter("details", "false").addQueryParameter("withSummaries", "true").build();
        JsonNode json = get(u);
        return mapped(() -> SparkRestJson.stages(json), u);
    }

    /** The attempts of one stage, with task quantiles. */
    public List<StageSummary> stage(String app, int stageId) {
        HttpUrl u = url("applications/" + app + "/stages/" + stageId).newBuilder()
            .addQueryParameter("details", "false").addQueryParameter("withSummaries", "true").build();
        JsonNode json = get(u);
        return mapped(() -> SparkRestJson.stages(json), u);
    }

    /**
     * The stages each SQL execution ran, from the executions' job ids and the jobs' stage ids. Stage quantiles must be
     * matched to their own execution: given every stage of the application, a skewed stage of one query would be
     * blamed on another.
     */
    public Map<Long, Set<Integer>> stageIdsByExecution(String app) {
        Map<Long, List<Integer>> jobsByExecution = new LinkedHashMap<>();
        for (int pages = 0, offset = 0; ; offset += pageSize) {
            checkPages(++pages, "SQL executions of " + app);
            HttpUrl u = url("applications/" + app + "/sql").newBuilder()
                .addQueryParameter("details", "false").addQueryParameter("planDescription", "false")
                .addQueryParameter("offset", Integer.toString(offset)).addQueryParameter("length", Integer.toString(pageSize))
                .build();
            JsonNode json = get(u);
            Map<Long, List<Integer>> page = mapped(() -> SparkRestJson.executionJobIds(json), u);
            int before = jobsByExecution.size();
            jobsByExecution.putAll(page);
            if (page.size() < pageSize || jobsByExecution.size() == before) {
                break;
            }
        }
        return stagesOfJobs(app, jobsByExecution);
    }

    /** The stages one SQL execution ran (see {@link #stageIdsByExecution}). */
    public Set<Integer> stageIds(String app, long executionId) {
        HttpUrl u = url("applications/" + app + "/sql/" + executionId).newBuilder()
            .addQueryParameter("details", "false").addQueryParameter("planDescription", "false").build();
        JsonNode json = get(u);
        Map<Long, List<Integer>> jobs = mapped(() -> SparkRestJson.executionJobIds(json), u);
        return stagesOfJobs(app, jobs).getOrDefault(executionId, Set.of());
    }

    private Map<Long, Set<Integer>> stagesOfJobs(String app, Map<Long, List<Integer>> jobsByExecution) {
        HttpUrl u = url("applications/" + app + "/jobs");
        JsonNode json = get(u);
        Map<Integer, List<Integer>> stagesByJob = mapped(() -> SparkRestJson.jobStageIds(json), u);
        Map<Long, Set<Integer>> out = new LinkedHashMap<>();
        jobsByExecution.forEach((execution, jobs) -> {
            Set<Integer> stages = new TreeSet<>();
            for (Integer job : jobs) {
                stages.addAll(stagesByJob.getOrDefault(job, List.of()));
            }
            out.put(execution, Collections.unmodifiableSet(stages));
        });
        return Collections.unmodifiableMap(out);
    }

    /** Called before fetching page {@code n}: a listing longer than the cap is an error, not a silent cut. */
    private void checkPages(int n, String what) {
        if (n > maxPages) {
            throw error(SparkApiException.Kind.TOO_LARGE, -1, SparkApiException.Limit.PAGES, "stopped reading the " + what
                + " at " + displayBase + " after " + maxPages + " pages of " + pageSize
                + " (the page limit); the server keeps sending new ones", null);
        }
    }

    private HttpUrl url(String path) {
        return apiBase.newBuilder().addPathSegments(path).build();
    }

    private <T> T mapped(Supplier<T> mapping, HttpUrl u) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException e) {
            throw error(SparkApiException.Kind.MALFORMED_JSON, 200,
                where(u) + " answered JSON of an unexpected shape: " + e.getMessage(), null);
        }
    }

    /** GET with bounded retries on connection failures and 5xx, within the request and run deadlines; the answer must be JSON. */
    JsonNode get(HttpUrl u) {
        Request.Builder rb = new Request.Builder().url(u).header("Accept", "application/json");
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        Request request = rb.build();
        for (int attempt = 1; ; attempt++) {
            long left = runNanosLeft(u);
            boolean runDeadlineFirst = left < requestTimeout.toNanos();
            Call call = http.newCall(request);
            // the call timeout spans connect, send, wait and reading the whole body: a drip cannot outlast it
            call.timeout().timeout(Math.min(left, requestTimeout.toNanos()), TimeUnit.NANOSECONDS);
            try (Response r = call.execute()) {
                int code = r.code();
                if (code >= 500 && attempt <= maxRetries) {
                    backoff(attempt, u);
                    continue;
                }
                String text = body(u, r);
                if (!r.isSuccessful()) {
                    throw statusError(u, code, text, attempt);
                }
                return json(u, r.header("Content-Type", ""), text);
            } catch (SocketTimeoutException e) {
                // not retried: a server too slow once is likely slow again, and retrying multiplies the wait
                throw error(SparkApiException.Kind.TIMEOUT, -1, SparkApiException.Limit.READ_TIMEOUT,
                    where(u) + " did not answer in time (" + describeTimeout(e) + "); the Spark UI may be overloaded or paused",
                    e);
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw error(SparkApiException.Kind.INTERRUPTED, -1, where(u) + ": interrupted", e);
                }
                // OkHttp's call timeout: the request deadline or what was left of the run's
                throw runDeadlineFirst ? runTimeout(u, e) : error(SparkApiException.Kind.TIMEOUT, -1,
                    SparkApiException.Limit.REQUEST_TIMEOUT, where(u) + " did not finish its answer within "
                        + seconds(requestTimeout) + " (the request deadline); the server is too slow or never ends the answer", e);
            } catch (IOException e) {
                // a wrong host name or certificate, or a redirect loop, does not heal by waiting
                boolean permanent = e instanceof UnknownHostException || e instanceof javax.net.ssl.SSLException
                    || redirectLoop(e);
                if (attempt <= maxRetries && !permanent) {
                    backoff(attempt, u);
                    continue;
                }
                throw error(SparkApiException.Kind.UNREACHABLE, -1, "cannot reach " + where(u) + ": "
                    + describe(e) + " (" + attempt + (attempt == 1 ? " attempt" : " attempts")
                    + "); is the Spark UI or History Server running at " + displayBase.replaceFirst("/api/v1$", "") + "?", e);
            }
        }
    }

    /** The body as text, refusing answers over the size cap before holding them in memory. */
    private String body(HttpUrl u, Response r) throws IOException {
        ResponseBody body = r.body();
        if (body == null) {
            return "";
        }
        long declared = body.contentLength();
        BufferedSource source = body.source();
        if (declared > maxResponseBytes || (declared < 0 && source.request(maxResponseBytes + 1))) {
            throw error(SparkApiException.Kind.TOO_LARGE, r.code(), SparkApiException.Limit.RESPONSE_SIZE, where(u)
                + " sent an answer of more than " + maxResponseBytes / (1024 * 1024) + " MiB (the response size limit)", null);
        }
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset(null);
        return source.readString(charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private long runNanosLeft(HttpUrl u) {
        long left = runDeadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw runTimeout(u, null);
        }
        return left;
    }

    private SparkApiException runTimeout(HttpUrl u, Throwable cause) {
        return error(SparkApiException.Kind.TIMEOUT, -1, SparkApiException.Limit.TOTAL_TIMEOUT, "stopped at " + where(u)
            + ": reading from the Spark REST API took longer than " + seconds(totalTimeout) + " in all (the run deadline)", cause);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** Every failure goes through here, so no message can carry the token, whatever a server echoed back. */
    private SparkApiException error(SparkApiException.Kind kind, int status, String message, Throwable cause) {
        return error(kind, status, null, message, cause);
    }

    private SparkApiException error(SparkApiException.Kind kind, int status, SparkApiException.Limit limit, String message,
                                    Throwable cause) {
        return new SparkApiException(kind, status, limit, redactor.exact(message), cause);
    }

    private String describeTimeout(SocketTimeoutException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("connect") ? "connect timeout" : "read timeout";
    }

    private String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS error: " + serverLine(e.getMessage(), 120);
        }
        if (redirectLoop(e)) {
            return "redirect loop (" + serverLine(e.getMessage(), 80) + ")";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : serverLine(m, 120);
    }

    /** OkHttp's "Too many follow-up requests" (more than 20 redirects); other protocol errors may heal on retry. */
    private static boolean redirectLoop(IOException e) {
        return e instanceof ProtocolException && String.valueOf(e.getMessage()).contains("follow-up");
    }

    private void backoff(int attempt, HttpUrl u) {
        long ms = initialBackoff.toMillis() << Math.min(attempt - 1, 16);
        long leftMs = runNanosLeft(u) / 1_000_000;
        if (ms >= leftMs) {
            throw runTimeout(u, null); // waiting would pass the run deadline anyway
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error(SparkApiException.Kind.INTERRUPTED, -1, "interrupted while retrying " + displayBase, e);
        }
    }

    private SparkApiException statusError(HttpUrl u, int code, String body, int attempt) {
        String w = where(u);
        switch (code) {
            case 401:
                return error(SparkApiException.Kind.UNAUTHORIZED, code, w + " answered 401 Unauthorized: "
                    + (token == null ? "it needs a bearer token; put it in the environment variable " + tokenEnv
                        : "the token in " + tokenEnv + " was rejected (expired or for another workspace?)"), null);
            case 403:
                return error(SparkApiException.Kind.FORBIDDEN, code, w + " answered 403 Forbidden: "
                    + (token == null ? "access denied without a token; put one in the environment variable " + tokenEnv
                        : "the token in " + tokenEnv + " has no access to this Spark UI"), null);
            case 404:
                String detail = looksLikeHtml("", body) ? "" : serverLine(body, 120);
                return error(SparkApiException.Kind.NOT_FOUND, code, w + " answered 404 Not Found"
                    + (detail.isEmpty() ? "" : " (" + detail + ")")
                    + ": check the URL, the application id and the execution id", null);
            default:
                if (code >= 500) {
                    return error(SparkApiException.Kind.SERVER_ERROR, code, w + " answered " + code
                        + " (server error) " + attempt + " times", null);
                }
                return error(SparkApiException.Kind.HTTP_ERROR, code, w + " answered HTTP " + code, null);
        }
    }

    private JsonNode json(HttpUrl u, String contentType, String text) {
        if (looksLikeHtml(contentType, text)) {
            throw error(SparkApiException.Kind.NOT_JSON, 200, where(u)
                + " answered an HTML page instead of JSON (a login page? check the URL and the token in " + tokenEnv + ")",
                null);
        }
        String t = text.stripLeading();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            throw error(SparkApiException.Kind.NOT_JSON, 200, where(u) + " answered "
                + (t.isEmpty() ? "an empty body" : "text instead of JSON: " + serverLine(t, 80)), null);
        }
        try {
            return SparkRestJson.read(text);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw error(SparkApiException.Kind.MALFORMED_JSON, 200, where(u) + " answered malformed JSON"
                + at + ": " + serverLine(e.getOriginalMessage(), 100), null);
        }
    }

    private static boolean looksLikeHtml(String contentType, String body) {
        String t = body.stripLeading().toLowerCase(Locale.ROOT);
        return contentType.toLowerCase(Locale.ROOT).contains("html") || t.startsWith("<!doctype html") || t.startsWith("<html")
            || t.startsWith("<?xml") || t.startsWith("<head") || t.startsWith("<body");
    }

    /** The request URL without query and credentials, with the token removed should it ever appear. */
    private String where(HttpUrl u) {
        return "the Spark REST API at " + display(u);
    }

    private String display(HttpUrl u) {
        String s = u.newBuilder().query(null).username("").password("").build().toString();
        return redact(s);
    }

    private String redact(String s) {
        return redactor.exact(s);
    }

    /**
     * Text a server sent, as one line of at most {@code max} characters: redacted before it is cut, so a cut can never
     * leave a piece of the token behind (only a bounded prefix is looked at, far longer than what is kept).
     */
    private String serverLine(String s, int max) {
        String head = s == null ? "" : s.length() > 16 * max ? s.substring(0, 16 * max) : s;
        String t = redactor.serverText(head).replaceAll("\\s+", " ").trim();
        return t.length() <= max ? t : t.substring(0, max) + "...";
    }

    @Override
    public String toString() {
        return "SparkRestClient[" + displayBase + (token != null ? ", token from " + tokenEnv : "") + "]";
    }

    /**
     * Settings; defaults: 5 s connect, 30 s read, 120 s per request, 600 s for all requests, 3 retries from 250 ms,
     * 50 executions per page and at most 400 pages, answers up to 128 MiB, no token.
     */
    public static final class Builder {
        private final String baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofSeconds(120);
        private Duration totalTimeout = Duration.ofSeconds(600);
        private int maxPages = 400;
        private long maxResponseBytes = 128L * 1024 * 1024;
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(250);
        private int pageSize = 50;
        private String tokenEnv = DEFAULT_TOKEN_ENV;
        private Function<String, String> environment = System::getenv;

        private Builder(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        }

        public Builder connectTimeout(Duration d) {
            connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        /** The longest wait for the next byte. */
        public Builder readTimeout(Duration d) {
            readTimeout = positive(d, "readTimeout");
            return this;
        }

        /** The longest one request may take, from connecting to the last byte of the answer. */
        public Builder requestTimeout(Duration d) {
            requestTimeout = positive(d, "requestTimeout");
            return this;
        }

        /** The longest all requests of the client may take together, counted from {@link #build()}. */
        public Builder totalTimeout(Duration d) {
            totalTimeout = positive(d, "totalTimeout");
            return this;
        }

        /** The most pages one listing (the SQL executions) may have; a longer one is an error, not a silent cut. */
        public Builder maxPages(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxPages must be positive, got " + n);
            }
            maxPages = n;
            return this;
        }

        /** The largest answer accepted, in bytes; the body is read up to this size and no further. */
        public Builder maxResponseBytes(long n) {
            if (n < 1 || n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxResponseBytes must be 1.." + (Integer.MAX_VALUE - 8) + ", got " + n);
            }
            maxResponseBytes = n;
            return this;
        }

        /** Retries after the first attempt, for connection failures and 5xx answers (0..10). */
        public Builder maxRetries(int n) {
            if (n < 0 || n > 10) {
                throw new IllegalArgumentException("maxRetries must be 0..10, got " + n);
            }
            maxRetries = n;
            return this;
        }

        /** The first wait between attempts; it doubles with each further attempt. */
        public Builder initialBackoff(Duration d) {
            initialBackoff = Objects.requireNonNull(d, "initialBackoff");
            return this;
        }

        public Builder pageSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("pageSize must be positive, got " + n);
            }
            pageSize = n;
            return this;
        }

        /**
         * The environment variable holding the bearer token ({@link #DEFAULT_TOKEN_ENV} unless set here). When it is
         * set, every request carries {@code Authorization: Bearer <token>}; when it is unset or empty no token is sent,
         * and a 401/403 answer names the variable.
         */
        public Builder tokenFromEnv(String envName) {
            tokenEnv = envName == null || envName.isBlank() ? DEFAULT_TOKEN_ENV : envName;
            return this;
        }

        /** Where {@link #tokenFromEnv} looks variables up (tests pass a map; default {@link System#getenv(String)}). */
        public Builder environment(Function<String, String> lookup) {
            environment = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        public SparkRestClient build() {
            String b = baseUrl.trim();
            while (b.endsWith("/")) {
                b = b.substring(0, b.length() - 1);
            }
            if (b.endsWith("/api/v1")) {
                b = b.substring(0, b.length() - "/api/v1".length());
            }
            HttpUrl parsed = HttpUrl.parse(b);
            if (parsed == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + baseUrl.replaceAll("//[^/@]*@", "//"));
            }
            HttpUrl api = parsed.newBuilder().addPathSegments("api/v1").build();
            String v = environment.apply(tokenEnv);
            String token = v == null || v.isBlank() ? null : v.trim();
            String invalid = token == null ? null : TokenRedactor.invalidReason(token);
            if (invalid != null) {
                throw new SparkApiException(SparkApiException.Kind.INVALID_TOKEN, -1, "the bearer token in " + tokenEnv + " "
                    + invalid + "; a token is one line of printable ASCII (check how the variable was set)", null);
            }
            return new SparkRestClient(this, api, token);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
