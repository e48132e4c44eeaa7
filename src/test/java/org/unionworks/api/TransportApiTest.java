package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;

/**
 * What the browser downloads: compressed, the hashed scripts and styles kept a year, the page naming
 * them asked for again each time (so a new release is seen at once), and a favicon.
 */
class TransportApiTest extends ApiTestBase {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void hashedAssetsAreKeptAYearAndTheirPageIsAlwaysFresh() throws Exception {
        HttpResponse<byte[]> page = get("/index.html", false);
        assertThat(page.statusCode()).as("the front end is built into the jar (mvn verify builds it)").isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("favicon.svg");
        var script = Pattern.compile("/assets/[^\"]+\\.js").matcher(html);
        assertThat(script.find()).isTrue();
        HttpResponse<byte[]> asset = get(script.group(), true);
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000").contains("immutable");
        assertThat(asset.headers().firstValue("Content-Encoding")).as("scripts go compressed").hasValue("gzip");
        assertThat(get("/favicon.svg", false).statusCode()).isEqualTo(200);
    }

    /** Every address of the application (router.ts) opens on a reload or a deep link, not as a 404. */
    @Test
    void everyRouteOfTheApplicationIsServedOnADeepLink() throws Exception {
        String router = java.nio.file.Files.readString(java.nio.file.Path.of("web/src/router.ts"));
        var paths = Pattern.compile("path: '([^']*)'").matcher(router);
        java.util.List<String> routes = new java.util.ArrayList<>();
        while (paths.find()) {
            if (paths.group(1).contains("(.*)")) {
                continue; // the catch-all 页面不存在, below
            }
            String path = paths.group(1).replaceAll(":[a-z]+", "7");
            routes.add(path.startsWith("/") ? path : "/" + path);
        }
        assertThat(routes).contains("/print/hardship-files/7", "/members", "/403");
        for (String route : routes) {
            HttpResponse<byte[]> page = get(route, false);
            assertThat(page.statusCode()).as(route).isEqualTo(200);
            assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).as(route).contains("<div id=\"app\">");
        }
    }

    /** An address of no route: a browser gets the application (which says 页面不存在) with 404; anything else the problem. */
    @Test
    void anAddressOfNoRouteIsTheApplicationsNotFoundPage() throws Exception {
        HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
                .header("Accept", "text/html,application/xhtml+xml").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<div id=\"app\">");
        HttpResponse<byte[]> other = get("/no-such-page", false);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(new String(other.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("请求的地址不存在");
    }
}
