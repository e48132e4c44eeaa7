package org.unionworks.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like API client: keeps the session cookie, reads the XSRF-TOKEN cookie and sends it
 * back as X-XSRF-TOKEN, exactly as the pages do.
 */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, byte[] bytes, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response head(String path) {
        return send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public Response post(String path, Object body) {
        return send(json(path, body).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, Object body) {
        return send(json(path, body).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path))).DELETE());
    }

    /**
     * Uploads a file to an import endpoint with autoCommit and waits for the job to finish, as a
     * script would; returns the finished job, or the refusal if the upload was refused at once.
     */
    public Response importFile(String path, String filename, byte[] content) {
        Response started = upload(path + (path.contains("?") ? "&" : "?") + "autoCommit=true", filename, content);
        if (started.status() != 202) {
            return started;
        }
        String id = started.json().get("id").asString();
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            Response job = get("/api/imports/jobs/" + id);
            String status = job.json().get("status").asString();
            if (!List.of("VALIDATING", "READY", "WRITING").contains(status)) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job " + id + " did not finish in 5 minutes");
    }

    /** Posts a multipart form with one file field named "file". */
    public Response upload(String path, String filename, byte[] content) {
        String boundary = "----uw" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(withCsrf(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends a state-changing request without the CSRF header, as a forged cross-site request would. */
    public Response postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Posts raw JSON bytes; {@code declareLength} false sends them chunked, with no Content-Length. */
    public Response postRaw(String path, byte[] body, boolean declareLength) {
        var publisher = declareLength ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
        return send(json(path, null).POST(publisher));
    }

    public Response login(String username, String password) {
        return post("/api/auth/login", java.util.Map.of("username", username, "password", password));
    }

    private HttpRequest.Builder json(String path, Object body) {
        return withCsrf(HttpRequest.newBuilder(uri(path))).header("Content-Type", "application/json");
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
        String token = csrf();
        return b.header("X-XSRF-TOKEN", token);
    }

    private String csrf() {
        List<HttpCookie> found = cookies.getCookieStore().get(uri("/")).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).toList();
        if (found.isEmpty()) {
            get("/api/auth/csrf");
            found = cookies.getCookieStore().get(uri("/")).stream().filter(c -> c.getName().equals("XSRF-TOKEN")).toList();
        }
        return found.isEmpty() ? "" : found.get(0).getValue();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder b) {
        try {
            var r = client.send(b.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
