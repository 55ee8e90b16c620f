package dev.brickoptima.jvm.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real local reverse proxy in front of a Spark UI that, like a Databricks driver proxy, serves the UI under a path
 * prefix and only with a bearer token: no token gets an HTML login page, a wrong token 403.
 */
final class TokenProxyServer implements AutoCloseable {

    static final String PREFIX = "/driver-proxy/o/0/cluster/4040";
    private final HttpServer server;
    private final String target;
    private final String token;

    TokenProxyServer(String target, String token) throws IOException {
        this.target = target;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The proxied UI's base URL (what a user would pass as --url). */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    private void handle(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String path = ex.getRequestURI().getRawPath();
        if (auth == null) {
            send(ex, 200, "text/html", "<!DOCTYPE html><html><body><form action=\"/login\">Sign in</form></body></html>");
        } else if (!auth.equals("Bearer " + token)) {
            send(ex, 403, "text/plain", "invalid access token");
        } else if (!path.startsWith(PREFIX + "/")) {
            send(ex, 404, "text/plain", "no such cluster");
        } else {
            String query = ex.getRequestURI().getRawQuery();
            URI upstream = URI.create(target + path.substring(PREFIX.length()) + (query == null ? "" : "?" + query));
            HttpURLConnection c = (HttpURLConnection) upstream.toURL().openConnection();
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                byte[] body = in == null ? new byte[0] : in.readAllBytes();
                String type = c.getContentType();
                send(ex, status, type == null ? "application/octet-stream" : type, body);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
