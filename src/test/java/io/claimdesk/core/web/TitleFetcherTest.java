package io.claimdesk.core.web;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimdesk.core.web.InvalidUrlException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleFetcherTest {

    private static final String ARABIC_TITLE = "التحالف الدولي ينهي مهامه القتالية في العراق";
    private static final int STREAM_BYTES = 20 * 1024 * 1024;

    private static HttpServer server;
    private static String base;
    private static final AtomicLong bigBodyBytesWritten = new AtomicLong();
    private static volatile CountDownLatch bigBodyDone = new CountDownLatch(1);

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "title-fetcher-test-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/og", ex -> send(ex, 200, "text/html; charset=utf-8",
                "<!doctype html><html><head><title>Site | ignored</title>"
                        + "<meta property=\"og:title\" content=\"  " + ARABIC_TITLE + " \n\"></head><body>x</body></html>"));
        server.createContext("/title", ex -> send(ex, 200, "text/html",
                "<html><head><title>\n  Coalition   ends\tcombat mission  </title></head><body></body></html>"));
        server.createContext("/windows-1256", ex -> {
            byte[] body = ("<html><head><meta charset=\"windows-1256\"><title>" + ARABIC_TITLE + "</title></head></html>")
                    .getBytes(Charset.forName("windows-1256"));
            sendBytes(ex, 200, "text/html", body);
        });
        server.createContext("/json", ex -> send(ex, 200, "application/json", "{\"title\":\"not html\"}"));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<title>Not found</title>"));
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", "<title>Too late</title>");
        });
        server.createContext("/big", TitleFetcherTest::sendEndlessHead);
        server.createContext("/head-then-big-body", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html><head><title>Early title</title></head><body>".getBytes(StandardCharsets.UTF_8));
                byte[] filler = "<p>body text</p>\n".repeat(512).getBytes(StandardCharsets.UTF_8);
                for (int written = 0; written < STREAM_BYTES; written += filler.length) {
                    out.write(filler);
                }
            } catch (IOException closedByClient) {
                // expected: the fetcher stops reading after </head>
            }
        });
        server.createContext("/redirect/", ex -> {
            int left = Integer.parseInt(ex.getRequestURI().getPath().substring("/redirect/".length()));
            String location = left == 0 ? "/title" : "/redirect/" + (left - 1);
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/to-metadata", ex -> {
            ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/to-javascript", ex -> {
            ex.getResponseHeaders().set("Location", "javascript:alert(1)");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        sendBytes(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** A head that never ends (20 MB of meta tags) with the title only at the very end. */
    private static void sendEndlessHead(HttpExchange ex) throws IOException {
        bigBodyBytesWritten.set(0);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            byte[] filler = "<meta name=\"x\" content=\"padding\">\n".repeat(256).getBytes(StandardCharsets.UTF_8);
            out.write("<html><head>".getBytes(StandardCharsets.UTF_8));
            while (bigBodyBytesWritten.get() < STREAM_BYTES) {
                out.write(filler);
                bigBodyBytesWritten.addAndGet(filler.length);
            }
            out.write("<title>Beyond the cap</title></head></html>".getBytes(StandardCharsets.UTF_8));
            out.close();
        } catch (IOException closedByClient) {
            // expected: the fetcher stops at the size cap and drops the connection
        } finally {
            bigBodyDone.countDown();
        }
    }

    private static TitleFetcher loopbackFetcher(Duration timeout, int maxBytes) {
        return new TitleFetcher(InetAddress::getAllByName, true, timeout, maxBytes);
    }

    private static TitleFetcher loopbackFetcher() {
        return loopbackFetcher(TitleFetcher.DEFAULT_TIMEOUT, TitleFetcher.DEFAULT_MAX_BYTES);
    }

    @Test
    void og_title_is_preferred_and_white_space_collapsed() {
        assertThat(loopbackFetcher().fetchTitle(base + "/og")).contains(ARABIC_TITLE);
    }

    @Test
    void title_element_is_used_when_there_is_no_og_title() {
        assertThat(loopbackFetcher().fetchTitle(base + "/title#fragment")).contains("Coalition ends combat mission");
    }

    @Test
    void charset_declared_in_a_meta_tag_is_honoured() {
        assertThat(loopbackFetcher().fetchTitle(base + "/windows-1256")).contains(ARABIC_TITLE);
    }

    @Test
    void non_html_and_error_responses_give_no_title() {
        assertThat(loopbackFetcher().fetchTitle(base + "/json")).isEmpty();
        assertThat(loopbackFetcher().fetchTitle(base + "/missing")).isEmpty();
    }

    @Test
    void a_slow_server_gives_no_title_within_the_time_budget() {
        long start = System.nanoTime();
        Optional<String> title = loopbackFetcher(Duration.ofMillis(500), TitleFetcher.DEFAULT_MAX_BYTES).fetchTitle(base + "/slow");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(title).isEmpty();
        assertThat(elapsedMillis).isLessThan(2_000);
    }

    @Test
    void reading_stops_at_the_size_cap_and_the_rest_is_not_downloaded() throws InterruptedException {
        bigBodyDone = new CountDownLatch(1);
        long start = System.nanoTime();
        Optional<String> title = loopbackFetcher(Duration.ofSeconds(10), TitleFetcher.DEFAULT_MAX_BYTES).fetchTitle(base + "/big");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(title).isEmpty();
        assertThat(elapsedMillis).isLessThan(5_000);
        assertThat(bigBodyDone.await(10, TimeUnit.SECONDS)).isTrue();
        // the server could only push what fits into socket buffers after the fetcher hung up
        assertThat(bigBodyBytesWritten.get()).isLessThan(STREAM_BYTES);
    }

    @Test
    void title_found_before_the_cap_is_returned_without_reading_the_body() {
        long start = System.nanoTime();
        assertThat(loopbackFetcher().fetchTitle(base + "/head-then-big-body")).contains("Early title");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3_000);
    }

    @Test
    void up_to_three_redirects_are_followed() {
        assertThat(loopbackFetcher().fetchTitle(base + "/redirect/2")).contains("Coalition ends combat mission");
    }

    @Test
    void a_fourth_redirect_is_not_followed() {
        assertThat(loopbackFetcher().fetchTitle(base + "/redirect/3")).isEmpty();
    }

    @Test
    void a_redirect_to_an_internal_address_is_refused() {
        assertThatThrownBy(() -> loopbackFetcher().fetchTitle(base + "/to-metadata"))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("redirects to 169.254.169.254");
    }

    @Test
    void a_redirect_to_another_scheme_gives_no_title() {
        assertThat(loopbackFetcher().fetchTitle(base + "/to-javascript")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.1.2.3]/", "http://100.64.0.1/",
            "http://172.16.5.4/", "http://192.168.1.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/",
            "http://2130706433/", "https://127.0.0.1:8443/admin"})
    void internal_addresses_are_refused(String url) {
        assertThatThrownBy(() -> new TitleFetcher().fetchTitle(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("local or private network address")
                .extracting(e -> ((InvalidUrlException) e).reason()).isEqualTo(Reason.FORBIDDEN_ADDRESS);
    }

    @Test
    void a_name_resolving_to_loopback_is_refused() {
        TitleFetcher fetcher = new TitleFetcher(host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")},
                false, TitleFetcher.DEFAULT_TIMEOUT, TitleFetcher.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> fetcher.fetchTitle("https://news.example.com/story"))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("news.example.com (127.0.0.1)");
    }

    @Test
    void a_name_with_one_private_address_among_public_ones_is_refused() {
        TitleFetcher fetcher = new TitleFetcher(host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")},
                false, TitleFetcher.DEFAULT_TIMEOUT, TitleFetcher.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> fetcher.fetchTitle("https://news.example.com/story"))
                .isInstanceOf(InvalidUrlException.class);
    }

    @Test
    void loopback_allowance_for_tests_does_not_allow_private_addresses() {
        assertThatThrownBy(() -> loopbackFetcher().fetchTitle("http://192.168.0.10/"))
                .isInstanceOf(InvalidUrlException.class);
    }

    @Test
    void an_unresolvable_host_gives_no_title() {
        TitleFetcher fetcher = new TitleFetcher(host -> {
            throw new UnknownHostException(host);
        }, false, TitleFetcher.DEFAULT_TIMEOUT, TitleFetcher.DEFAULT_MAX_BYTES);
        assertThat(fetcher.fetchTitle("https://no-such-host.example/")).isEmpty();
    }

    @Test
    void non_web_links_are_refused_before_any_lookup() {
        TitleFetcher fetcher = new TitleFetcher(host -> {
            throw new AssertionError("must not resolve " + host);
        }, false, TitleFetcher.DEFAULT_TIMEOUT, TitleFetcher.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> fetcher.fetchTitle("file:///etc/passwd"))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("starts with file:");
    }

    @Test
    void public_addresses_are_not_internal() throws UnknownHostException {
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))).isFalse();
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("100.128.0.1"))).isFalse();
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("172.32.0.1"))).isFalse();
    }

    @Test
    void embedded_ipv4_forms_of_internal_addresses_are_internal() throws UnknownHostException {
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("64:ff9b::a00:1"))).isTrue();   // NAT64 10.0.0.1
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("2002:7f00:1::"))).isTrue();    // 6to4 127.0.0.1
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("::127.0.0.1"))).isTrue();      // IPv4-compatible
        assertThat(TitleFetcher.isInternal(InetAddress.getByName("100.127.255.254"))).isTrue();  // CGNAT
    }
}
