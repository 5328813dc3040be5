package io.claimdesk.core.web;


import io.claimdesk.core.web.InvalidUrlException.Reason;
import io.claimdesk.core.web.UrlCanonicalizer.HttpUrl;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the title of a pasted source link on the server, guarded against server-side request forgery
 * (OWASP "Server-Side Request Forgery Prevention Cheat Sheet").
 *
 * <ul>
 *   <li>The link is validated by {@link UrlCanonicalizer} rules (http/https only, host required) and fetched
 *       as given (not in canonical form), without fragment and user information.</li>
 *   <li>The host is resolved once; if ANY of its addresses is loopback (127/8, ::1), any-local (0.0.0.0, ::),
 *       "this network" 0/8, private (10/8, 172.16/12, 192.168/16, fc00::/7, deprecated fec0::/10), link-local
 *       (169.254/16, fe80::/10; includes cloud metadata 169.254.169.254), carrier-grade NAT (100.64/10),
 *       IETF protocol assignments (192.0.0/24), benchmarking (198.18/15), reserved (240/4), broadcast or
 *       multicast, or an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) form of one
 *       of those (RFC 6890 special-purpose registries), the fetch is refused with {@link InvalidUrlException}
 *       (reason {@link Reason#FORBIDDEN_ADDRESS}).</li>
 *   <li>The connection goes to exactly the checked addresses: Apache HttpClient's {@link DnsResolver} hook is
 *       given the pre-resolved addresses, so there is no second DNS lookup (no DNS rebinding), while TLS still
 *       uses the host name for SNI and certificate checks. No proxy is used.</li>
 *   <li>At most {@value #MAX_REDIRECTS} redirects are followed; each target is validated and checked the
 *       same way (a redirect to a refused address also throws).</li>
 *   <li>One deadline (default {@link #DEFAULT_TIMEOUT}) starts when the call starts and covers connects,
 *       redirects and reading; a watchdog aborts the request when it passes. DNS resolution counts against it
 *       but is bounded only by the system resolver's own timeout (Java cannot interrupt it). At most {@link #DEFAULT_MAX_BYTES} bytes of the body are read, and reading stops at
 *       {@code </head}. Only {@code text/html} responses with a 2xx status are read.</li>
 *   <li>The title is {@code <meta property="og:title" content>} (Open Graph protocol, ogp.me) if present and
 *       not blank, else {@code <title>}, parsed with jsoup; white space is collapsed and the result is cut to
 *       {@value #MAX_TITLE_CODE_POINTS} code points.</li>
 * </ul>
 * Network problems (unknown host, refused connection, timeout, TLS errors, bad status, wrong content type,
 * no title) never reach the caller: the result is empty and the cause is logged at debug level.
 * Instances are immutable and thread-safe; each call uses its own short-lived HTTP client.
 */
public final class TitleFetcher {

    /** Total time budget of one {@link #fetchTitle(String)} call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /** Most bytes of a response body that are read (512 KiB). */
    public static final int DEFAULT_MAX_BYTES = 512 * 1024;

    /** Most redirects followed. */
    public static final int MAX_REDIRECTS = 3;

    /** Longest title returned, in Unicode code points. */
    public static final int MAX_TITLE_CODE_POINTS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(TitleFetcher.class);
    private static final byte[] HEAD_END = "</head".getBytes(StandardCharsets.US_ASCII);
    private static final ScheduledExecutorService CANCELLER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimdesk-title-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    /** Resolves a host name (or IP literal) to its addresses. */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final HostResolver resolver;
    private final boolean allowLoopback;
    private final Duration timeout;
    private final int maxBytes;

    /** A fetcher with the system resolver, {@link #DEFAULT_TIMEOUT} and {@link #DEFAULT_MAX_BYTES}. */
    public TitleFetcher() {
        this(InetAddress::getAllByName, false, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /**
     * For tests: a custom resolver, limits, and optionally loopback addresses allowed (so a local test
     * server can be reached; every other refusal still applies).
     */
    TitleFetcher(HostResolver resolver, boolean allowLoopback, Duration timeout, int maxBytes) {
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
            throw new IllegalArgumentException("timeout and maxBytes must be positive");
        }
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Fetches the page title of a source link.
     *
     * @param url the link as pasted
     * @return the og:title or title of the page, white space collapsed; empty when the page cannot be
     *         fetched in time, is not HTML, or has no title
     * @throws InvalidUrlException if the link is not a valid http(s) link, or it (or a redirect target)
     *                             resolves to a loopback, private, link-local or otherwise internal address
     */
    public Optional<String> fetchTitle(String url) {
        HttpUrl current = UrlCanonicalizer.parse(url.strip());
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress[] addresses;
            try {
                addresses = checkedAddresses(current, hop > 0);
            } catch (UnknownHostException e) {
                LOG.debug("Title fetch: cannot resolve {}: {}", current.host(), e.getMessage());
                return Optional.empty();
            }
            Hop result;
            try {
                result = fetchOnce(current, addresses, deadline);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Title fetch of {} failed: {}", current, e.toString());
                return Optional.empty();
            }
            if (result.title != null || result.redirect == null) {
                return Optional.ofNullable(result.title);
            }
            try {
                current = UrlCanonicalizer.parse(current.toUri().resolve(result.redirect).toString());
            } catch (IllegalArgumentException e) {
                LOG.debug("Title fetch of {}: unusable redirect to {}: {}", current, result.redirect, e.getMessage());
                return Optional.empty();
            }
        }
        LOG.debug("Title fetch of {}: more than {} redirects", url, MAX_REDIRECTS);
        return Optional.empty();
    }

    private InetAddress[] checkedAddresses(HttpUrl url, boolean redirected) throws UnknownHostException {
        String host = url.host();
        InetAddress[] addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            if (isForbidden(address)) {
                throw new InvalidUrlException(Reason.FORBIDDEN_ADDRESS, (redirected ? "The link redirects to " : "The link points to ")
                        + host + " (" + address.getHostAddress() + "), a local or private network address;"
                        + " Claimdesk does not fetch such addresses.");
            }
        }
        return addresses;
    }

    private boolean isForbidden(InetAddress address) {
        if (allowLoopback && address.isLoopbackAddress()) {
            return false;
        }
        return isInternal(address);
    }

    /**
     * Whether an address is not a public unicast address (see the class comment for the ranges).
     *
     * @param address an IPv4 or IPv6 address
     * @return true for loopback, private, link-local, CGNAT, multicast, any-local and reserved addresses
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalIpv4(b);
        }
        if (address instanceof Inet6Address) {
            boolean firstTenZero = allZero(b, 0, 10);
            if (firstTenZero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                return isInternalIpv4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped ::ffff:a.b.c.d
            }
            if (firstTenZero && b[10] == 0 && b[11] == 0) {
                return true; // IPv4-compatible ::a.b.c.d (deprecated, RFC 4291) and ::, ::1
            }
            if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
                    && allZero(b, 4, 12)) {
                return isInternalIpv4(Arrays.copyOfRange(b, 12, 16)); // NAT64 64:ff9b::/96 (RFC 6052)
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
                return isInternalIpv4(Arrays.copyOfRange(b, 2, 6)); // 6to4 2002::/16 (RFC 3056)
            }
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7 (RFC 4193)
        }
        return true;
    }

    private static boolean isInternalIpv4(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        int b2 = b[2] & 0xFF;
        return b0 == 0                                   // "this network" 0/8, incl. 0.0.0.0
                || b0 == 10                              // private 10/8
                || b0 == 127                             // loopback 127/8
                || (b0 == 100 && (b1 & 0xC0) == 64)      // carrier-grade NAT 100.64/10 (RFC 6598)
                || (b0 == 169 && b1 == 254)              // link-local 169.254/16
                || (b0 == 172 && (b1 & 0xF0) == 16)      // private 172.16/12
                || (b0 == 192 && b1 == 0 && b2 == 0)     // IETF protocol assignments 192.0.0/24
                || (b0 == 192 && b1 == 168)              // private 192.168/16
                || (b0 == 198 && (b1 & 0xFE) == 18)      // benchmarking 198.18/15
                || b0 >= 224;                            // multicast 224/4, reserved 240/4, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Outcome of one request: a title, a redirect target, or neither. */
    private record Hop(@Nullable String title, @Nullable String redirect) {
    }

    private Hop fetchOnce(HttpUrl url, InetAddress[] addresses, long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new IOException("deadline passed before connecting");
        }
        Timeout budget = Timeout.of(remaining, TimeUnit.NANOSECONDS);
        String host = url.host();
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                String bare = name.startsWith("[") ? name.substring(1, name.length() - 1) : name;
                if (bare.equalsIgnoreCase(bareHost)) {
                    return addresses.clone();
                }
                throw new UnknownHostException(name + " was not checked before connecting");
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(budget).setSocketTimeout(budget).build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(budget).setResponseTimeout(budget).setRedirectsEnabled(false).build();
        HttpGet request = new HttpGet(url.toUri());
        request.setHeader(HttpHeaders.ACCEPT, "text/html");
        request.setHeader(HttpHeaders.USER_AGENT, "Claimdesk-TitleFetcher/1");
        request.setConfig(requestConfig);
        ScheduledFuture<?> watchdog = CANCELLER.schedule(request::cancel, remaining, TimeUnit.NANOSECONDS);
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(pinned).setDefaultConnectionConfig(connectionConfig).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().build();
        try {
            ClassicHttpResponse response = client.executeOpen(null, request, null);
            try {
                return readHop(url, response);
            } finally {
                request.cancel(); // drop the connection instead of draining an unread body
                closeQuietly(response);
            }
        } finally {
            watchdog.cancel(false);
            closeQuietly(client);
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Title fetch: ignoring error on close: {}", e.toString());
        }
    }

    private Hop readHop(HttpUrl url, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            if (location == null || location.getValue().isBlank()) {
                LOG.debug("Title fetch of {}: redirect {} without Location", url, status);
                return new Hop(null, null);
            }
            return new Hop(null, location.getValue().strip());
        }
        HttpEntity entity = response.getEntity();
        if (status < 200 || status > 299 || entity == null) {
            LOG.debug("Title fetch of {}: status {}", url, status);
            return new Hop(null, null);
        }
        ContentType contentType = ContentType.parseLenient(entity.getContentType());
        if (contentType == null || !"text/html".equalsIgnoreCase(contentType.getMimeType())) {
            LOG.debug("Title fetch of {}: content type {} is not text/html", url, entity.getContentType());
            return new Hop(null, null);
        }
        byte[] head = readHead(entity.getContent());
        return new Hop(parseTitle(head, charsetName(contentType), url.toUri()).orElse(null), null);
    }

    /** Reads at most {@code maxBytes}, stopping early after {@code </head}. */
    private byte[] readHead(InputStream in) throws IOException {
        byte[] data = new byte[maxBytes];
        int length = 0;
        while (length < maxBytes) {
            int n = in.read(data, length, Math.min(8192, maxBytes - length));
            if (n < 0) {
                break;
            }
            int scanFrom = Math.max(0, length - HEAD_END.length);
            length += n;
            if (containsIgnoreAsciiCase(data, scanFrom, length, HEAD_END)) {
                break;
            }
        }
        return Arrays.copyOf(data, length);
    }

    private static boolean containsIgnoreAsciiCase(byte[] haystack, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                int c = haystack[i + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static @Nullable String charsetName(ContentType contentType) {
        Charset charset;
        try {
            charset = contentType.getCharset();
        } catch (RuntimeException unsupported) {
            return null;
        }
        return charset == null ? null : charset.name();
    }

    /**
     * Extracts og:title, else title, from (possibly truncated) HTML bytes.
     *
     * @param html        the bytes read
     * @param charsetName the charset from the Content-Type header, or null to let jsoup detect it (BOM, meta)
     * @param baseUri     the page address
     * @return the collapsed, length-capped title, or empty
     */
    static Optional<String> parseTitle(byte[] html, @Nullable String charsetName, URI baseUri) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(html), charsetName, baseUri.toString());
        Element og = document.selectFirst("meta[property=og:title][content]");
        String title = og == null ? "" : collapse(og.attr("content"));
        if (title.isEmpty()) {
            title = collapse(document.title());
        }
        if (title.isEmpty()) {
            return Optional.empty();
        }
        if (title.codePointCount(0, title.length()) > MAX_TITLE_CODE_POINTS) {
            title = title.substring(0, title.offsetByCodePoints(0, MAX_TITLE_CODE_POINTS)).strip();
        }
        return Optional.of(title);
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
