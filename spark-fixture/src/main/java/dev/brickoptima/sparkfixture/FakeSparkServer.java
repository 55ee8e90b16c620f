package dev.brickoptima.sparkfixture;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Spark REST server on the loopback interface that misbehaves in one chosen way, for what a real Spark UI cannot
 * be made to do: hang, drip, send forever, page forever, fail, redirect in a loop, answer with a login page or echo the
 * bearer token (shared by the REST client's and the CLI's tests). Every behaviour stops by itself (after {@link #SAFETY_MILLIS} or {@link #SAFETY_BYTES}) and on
 * {@link #close()}, so a client bug cannot make the test run forever.
 */
public final class FakeSparkServer implements AutoCloseable {

    public enum Behaviour {
        /** Accepts the request and never answers. */
        HANG,
        /** Answers 200 and sends a JSON body one byte every {@code dripMillis}. */
        DRIP,
        /** Answers 200 with a chunked body that never ends. */
        ENDLESS_BODY,
        /** Every {@code /sql} page is full of execution ids never seen before, whatever the offset. */
        ENDLESS_PAGING,
        /** Always 503. */
        SERVER_ERROR,
        /** 302 to the same URL, forever. */
        REDIRECT_LOOP,
        /** 302 to {@code /login}, which is an HTML sign-in form with status 200. */
        LOGIN_PAGE,
        /** 404 whose body quotes the Authorization header, whole and in pieces, far into a long body. */
        TOKEN_ECHO,
        /** 200 with JSON that does not parse, quoting the token where the parser reports its error. */
        TOKEN_ECHO_MALFORMED_JSON
    }

    public static final long SAFETY_MILLIS = 60_000;
    public static final long SAFETY_BYTES = 512L * 1024 * 1024;

    private final HttpServer server;
    private final Behaviour behaviour;
    private final long dripMillis;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong nextId = new AtomicLong();

    public FakeSparkServer(Behaviour behaviour) throws IOException {
        this(behaviour, 200);
    }

    public FakeSparkServer(Behaviour behaviour, long dripMillis) throws IOException {
        this.behaviour = behaviour;
        this.dripMillis = dripMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-spark-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests received, counting each redirect hop. */
    public int requests() {
        return requests.get();
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        long until = System.currentTimeMillis() + SAFETY_MILLIS;
        try (ex) {
            switch (behaviour) {
                case HANG -> closed.await(SAFETY_MILLIS, TimeUnit.MILLISECONDS);
                case DRIP -> {
                    byte[] body = "[]                                                              ".getBytes(StandardCharsets.UTF_8);
                    ex.getResponseHeaders().set("Content-Type", "application/json");
                    ex.sendResponseHeaders(200, body.length);
                    OutputStream out = ex.getResponseBody();
                    for (byte b : body) {
                        if (closed.await(dripMillis, TimeUnit.MILLISECONDS)) return;
                        out.write(b);
                        out.flush();
                        bytesSent.incrementAndGet();
                    }
                }
                case ENDLESS_BODY -> {
                    ex.getResponseHeaders().set("Content-Type", "application/json");
                    ex.sendResponseHeaders(200, 0); // chunked: no length announced
                    OutputStream out = ex.getResponseBody();
                    out.write('[');
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) ' ');
                    while (closed.getCount() > 0 && bytesSent.get() < SAFETY_BYTES && System.currentTimeMillis() < until) {
                        out.write(chunk);
                        bytesSent.addAndGet(chunk.length);
                    }
                }
                case ENDLESS_PAGING -> {
                    String query = String.valueOf(ex.getRequestURI().getQuery());
                    int length = query.matches(".*\\blength=\\d+.*") ? Integer.parseInt(query.replaceAll(".*\\blength=(\\d+).*", "$1")) : 50;
                    StringBuilder page = new StringBuilder("[");
                    for (int i = 0; i < length; i++) {
                        page.append(i == 0 ? "" : ",").append("{\"id\":").append(nextId.getAndIncrement())
                            .append(",\"status\":\"COMPLETED\",\"planDescription\":\"\"}");
                    }
                    send(ex, 200, "application/json", page.append(']').toString());
                }
                case SERVER_ERROR -> send(ex, 503, "text/plain", "Service Unavailable");
                case REDIRECT_LOOP -> {
                    ex.getResponseHeaders().set("Location", ex.getRequestURI().toString());
                    ex.sendResponseHeaders(302, -1);
                }
                case LOGIN_PAGE -> {
                    if (ex.getRequestURI().getPath().equals("/login")) {
                        send(ex, 200, "text/html; charset=utf-8",
                            "<!DOCTYPE html><html><body><form action=/login method=post>Sign in<input name=user></form></body></html>");
                    } else {
                        ex.getResponseHeaders().set("Location", "/login?next=" + ex.getRequestURI().getPath());
                        ex.sendResponseHeaders(302, -1);
                    }
                }
                case TOKEN_ECHO -> {
                    String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
                    String token = auth.startsWith("Bearer ") ? auth.substring(7) : auth;
                    // the full token right where a 120-character cut would split it, then pieces of it
                    String body = "x".repeat(100) + " " + token + " prefix=" + token.substring(0, token.length() / 2)
                        + " suffix=" + token.substring(token.length() / 2) + " header=" + auth;
                    send(ex, 404, "text/plain", body);
                }
                case TOKEN_ECHO_MALFORMED_JSON -> {
                    String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
                    send(ex, 200, "application/json", "[{\"id\": " + auth.substring(7) + "}]");
                }
                default -> throw new IllegalStateException(behaviour.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client gave up and closed the connection: what the tests expect
        }
    }

    private void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        bytesSent.addAndGet(bytes.length);
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
