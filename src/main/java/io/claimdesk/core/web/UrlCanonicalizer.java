package io.claimdesk.core.web;

import com.ibm.icu.text.IDNA;
import io.claimdesk.core.web.InvalidUrlException.Reason;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a pasted source link into a canonical https URL, so that two links to the same document (http or https,
 * with and without tracking parameters, {@code www.}, default port, fragment, AMP wrapper, Unicode or punycode
 * host) compare equal. The canonical form is an identity key, not necessarily a fetchable address: fetch
 * {@link CanonicalUrl#url()} instead.
 *
 * <p>Parsing uses {@link URI} (RFC 3986) after characters that RFC 3986 does not allow (spaces, {@code "<>\^`{|}},
 * controls, a stray {@code %}) have been percent-encoded; the host goes through ICU4J {@link IDNA} UTS #46
 * (non-transitional, CheckBidi, CheckJoiners, no STD3 rules: the options the WHATWG URL Standard uses).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>The input is trimmed ({@link String#strip()}); empty input, more than {@value #MAX_LENGTH} code points
 *       (in the input, and again in the ASCII canonical form, which percent-encoding can make longer),
 *       a scheme other than {@code http}/{@code https} ({@code javascript:}, {@code data:}, {@code file:},
 *       {@code ftp:}, ...), no scheme, and no host are refused with {@link InvalidUrlException}.</li>
 *   <li>The scheme becomes {@code https}: newsrooms cite the http and https forms of one page, and sites
 *       that still answer on http redirect to https. The link as given stays available for fetching.</li>
 *   <li>Scheme and host are lower-cased; the host is converted to its ASCII (punycode) form by UTS #46, so
 *       {@code http://مثال.إختبار/} and {@code http://xn--mgbh0fb.xn--kgbechtv/} are one URL; a single trailing
 *       dot of a fully qualified host is dropped. IPv6 literals are written in Java's full form.</li>
 *   <li>User information ({@code user:password@}) and the fragment are dropped; the port is dropped when it
 *       is the scheme's default (80 for http, 443 for https).</li>
 *   <li>Percent-encoding is normalised (RFC 3986 section 6.2.2): hex digits upper-case, encoded unreserved
 *       characters ({@code A-Z a-z 0-9 - . _ ~}) decoded, non-ASCII characters and characters not allowed in
 *       the component encoded as UTF-8. {@code +} in a query is left alone.</li>
 *   <li>Dot segments are removed (RFC 3986 section 5.2.4); an empty path becomes {@code /}; trailing
 *       slashes are dropped except for the root path {@code /}.</li>
 *   <li>Tracking parameters ({@link #TRACKING_PARAMETERS}, any name starting with one of
 *       {@link #TRACKING_PARAMETER_PREFIXES}; names compared case-insensitively) are removed. The remaining
 *       parameters keep the order in which they were written (a server may read them in order, and the
 *       user's link stays recognisable); an empty query is dropped.</li>
 *   <li>AMP, mapped only where the mapping is certain:
 *       <ul>
 *         <li>AMP cache: {@code https://<anything>.cdn.ampproject.org/c/s/host/path} becomes
 *             {@code https://host/path} ({@code /c/host/path} without {@code s/} becomes http; {@code /v/} is
 *             treated like {@code /c/}), as documented in "AMP Cache URL format" (amp.dev).</li>
 *         <li>Google AMP viewer: {@code https://www.google.com/amp/s/host/path} becomes
 *             {@code https://host/path}.</li>
 *         <li>A trailing path segment {@code amp} is dropped ({@code /news/story/amp} becomes
 *             {@code /news/story}; the WordPress AMP plugin's "paired" URL form); a path that is only
 *             {@code /amp} is kept.</li>
 *         <li>Query parameters {@code amp} (valueless, empty, {@code 1} or {@code true}),
 *             {@code outputType=amp}, and the AMP runtime parameters in {@link #AMP_QUERY_PARAMETERS} are
 *             dropped.</li>
 *         <li>An {@code amp.} host prefix is dropped only for the publishers in {@link #AMP_HOST_DOMAINS},
 *             whose {@code amp.} host serves the same path as the main site.</li>
 *       </ul></li>
 *   <li>{@code www.}: leading {@code www.} labels are stripped from the canonical host (as long as a dot
 *       remains, so {@code www.com} is kept). Newsrooms cite both forms and in practice they serve the same
 *       document; a canonical key that keeps {@code www.} would split one source into two. The price: the
 *       canonical URL of a site that only answers on {@code www.} may not load, which is why fetching uses
 *       {@link CanonicalUrl#url()}.</li>
 * </ol>
 * {@link #canonicalize(String)} is idempotent: canonicalising a canonical URL returns it unchanged.
 * Instances are immutable and thread-safe.
 */
public final class UrlCanonicalizer {

    /** Longest accepted input, in Unicode code points after trimming (a common browser and CDN limit). */
    public static final int MAX_LENGTH = 2048;

    /**
     * Query parameter names removed as tracking parameters (lower case; compared case-insensitively).
     * Sources: the "globalRules" provider of the ClearURLs rules (github.com/ClearURLs/Rules, data.min.json),
     * Firefox's query-stripping list ({@code privacy.query_stripping.strip_list} and its remote settings
     * collection "query-stripping") and Brave's query filter. Only names that carry click, campaign or
     * mailing identifiers and never select content are listed:
     * Google ({@code gclid gclsrc dclid gbraid wbraid _ga _gl}), Meta ({@code fbclid igshid igsh}),
     * Microsoft ({@code msclkid}), Yandex ({@code yclid ysclid _openstat}), Twitter/X
     * ({@code twclid ref_src ref_url}), TikTok ({@code ttclid}), LinkedIn ({@code li_fat_id}), Pinterest
     * ({@code epik}), Alibaba ({@code spm}), Mailchimp ({@code mc_cid mc_eid}), HubSpot
     * ({@code _hsenc _hsmi __hstc __hssc __hsfp hsctatracking}), Marketo ({@code mkt_tok}), Omeda
     * ({@code oly_anon_id oly_enc_id}), Vero ({@code vero_id vero_conv}), Drip ({@code __s}),
     * Wicked Reports ({@code wickedid}), Adobe ({@code s_cid}), Rakuten ({@code rb_clickid}).
     */
    public static final Set<String> TRACKING_PARAMETERS = Set.of(
            "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "_ga", "_gl",
            "fbclid", "igshid", "igsh",
            "msclkid",
            "yclid", "ysclid", "_openstat",
            "twclid", "ref_src", "ref_url",
            "ttclid",
            "li_fat_id",
            "epik",
            "spm",
            "mc_cid", "mc_eid",
            "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
            "mkt_tok",
            "oly_anon_id", "oly_enc_id",
            "vero_id", "vero_conv",
            "__s",
            "wickedid",
            "s_cid",
            "rb_clickid");

    /** Name prefixes of tracking parameters: Google Analytics campaign parameters ({@code utm_source}, ...). */
    public static final List<String> TRACKING_PARAMETER_PREFIXES = List.of("utm_");

    /**
     * AMP runtime parameters that never select content ({@code amp_js_v}, {@code amp_gsa}, {@code amp_ct},
     * {@code amp_tf} from the AMP cache and viewer; {@code usqp} from the Google AMP viewer).
     */
    public static final Set<String> AMP_QUERY_PARAMETERS = Set.of("amp_js_v", "amp_gsa", "amp_ct", "amp_tf", "usqp");

    /**
     * Registrable domains whose {@code amp.} host serves the AMP version of the same path as the main site
     * (e.g. {@code amp.theguardian.com/world/x} and {@code www.theguardian.com/world/x}). Deliberately short:
     * add a publisher only after checking its URL scheme.
     */
    public static final Set<String> AMP_HOST_DOMAINS = Set.of("theguardian.com");

    private static final IDNA UTS46 =
            IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String GEN_DELIMS = ":/?#[]@";
    private static final int MAX_AMP_UNWRAPS = 3;

    /**
     * Canonicalises a source link.
     *
     * @param input the link as pasted (leading and trailing white space is ignored)
     * @return the trimmed input and its canonical form
     * @throws InvalidUrlException if the link is empty, longer than {@value #MAX_LENGTH} code points (as given
     *                             or in canonical form), not
     *                             http or https, has no host, or cannot be parsed; the message says which
     */
    public CanonicalUrl canonicalize(String input) {
        String given = input.strip();
        HttpUrl url = parse(given);
        for (int i = 0; i < MAX_AMP_UNWRAPS; i++) {
            HttpUrl origin = unwrapAmpCache(url);
            if (origin == null) {
                break;
            }
            url = origin;
        }
        // http and https name one document: the key always says https (issue 14)
        int port = url.port() == defaultPort("https") ? -1 : url.port();
        String canonical = new HttpUrl("https", canonicalHost(url.host()), port,
                canonicalPath(url.path()), canonicalQuery(url.query())).toString();
        if (canonical.length() > MAX_LENGTH) {
            throw new InvalidUrlException(Reason.TOO_LONG, String.format(Locale.ROOT,
                    "Written with percent-encoding this link is %,d characters long; links longer than %,d"
                            + " characters are refused.", canonical.length(), MAX_LENGTH));
        }
        return new CanonicalUrl(given, canonical);
    }

    /**
     * Parses and validates a link without the canonical-form rewrites (no tracking removal, no {@code www.}
     * or AMP mapping): scheme and host lower-cased, host in ASCII, userinfo, fragment and default port
     * dropped, percent-encoding normalised, dot segments removed. Used to obtain a fetchable address.
     */
    static HttpUrl parse(String given) {
        if (given.isEmpty()) {
            throw new InvalidUrlException(Reason.EMPTY, "The link is empty.");
        }
        int length = given.codePointCount(0, given.length());
        if (length > MAX_LENGTH) {
            throw new InvalidUrlException(Reason.TOO_LONG, String.format(Locale.ROOT,
                    "This link is %,d characters long; links longer than %,d characters are refused.",
                    length, MAX_LENGTH));
        }
        String scheme = schemeOf(given);
        if (scheme == null) {
            throw new InvalidUrlException(Reason.UNSUPPORTED_SCHEME,
                    "This link does not start with http:// or https://; only web links can be sources.");
        }
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
            throw new InvalidUrlException(Reason.UNSUPPORTED_SCHEME,
                    "Only http and https links can be sources; this one starts with " + lowerScheme + ":");
        }
        int authorityStart = scheme.length() + 3;
        if (!given.startsWith("//", scheme.length() + 1) || authorityStart == authorityEnd(given, authorityStart)) {
            throw new InvalidUrlException(Reason.NO_HOST,
                    "This link has no host name; a web link looks like https://example.com/page.");
        }
        URI uri;
        try {
            uri = new URI(escapeIllegalCharacters(given, authorityEnd(given, authorityStart)));
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(Reason.MALFORMED,
                    "This link is not a well-formed web address (" + e.getReason() + ").");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new InvalidUrlException(Reason.NO_HOST,
                    "This link has no host name; a web link looks like https://example.com/page.");
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String rawHost;
        String portText;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                throw invalidHost(hostAndPort);
            }
            rawHost = hostAndPort.substring(0, close + 1);
            String rest = hostAndPort.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw invalidHost(hostAndPort);
            }
            portText = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = hostAndPort.lastIndexOf(':');
            rawHost = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            portText = colon < 0 ? "" : hostAndPort.substring(colon + 1);
        }
        if (rawHost.isEmpty()) {
            throw new InvalidUrlException(Reason.NO_HOST,
                    "This link has no host name; a web link looks like https://example.com/page.");
        }
        String host = asciiHost(rawHost);
        int port = parsePort(portText);
        if (port == defaultPort(lowerScheme)) {
            port = -1;
        }
        String rawPath = uri.getRawPath();
        String path = removeDotSegments(normaliseEncoding(rawPath == null ? "" : rawPath, false));
        String rawQuery = uri.getRawQuery();
        String query = rawQuery == null ? null : normaliseEncoding(rawQuery, true);
        return new HttpUrl(lowerScheme, host, port, path, query);
    }

    /** End of the authority (RFC 3986 section 3.2): the first "/", "?" or "#" after its start. */
    private static int authorityEnd(String s, int start) {
        int i = start;
        while (i < s.length() && "/?#".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** RFC 3986 scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" ; null when absent. */
    private static @Nullable String schemeOf(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                if (i == 0) {
                    return null;
                }
                // "example.com:8080/x" has a port, not a scheme
                boolean portFollows = i + 1 < s.length() && isDigit(s.charAt(i + 1));
                return portFollows ? null : s.substring(0, i);
            }
            boolean ok = isAlpha(c) || (i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return null;
            }
        }
        return null;
    }

    private static InvalidUrlException invalidHost(String host) {
        return new InvalidUrlException(Reason.INVALID_HOST,
                "The host name \"" + host + "\" in this link is not a valid domain name.");
    }

    private static String asciiHost(String rawHost) {
        if (rawHost.startsWith("[")) {
            String literal = rawHost.substring(1, rawHost.length() - 1);
            boolean literalChars = !literal.isEmpty() && literal.chars()
                    .allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
            if (!literalChars || literal.indexOf(':') < 0) {
                throw invalidHost(rawHost);
            }
            try {
                // a bracketed literal is parsed, never looked up in DNS
                InetAddress address = InetAddress.getByName(rawHost);
                String text = address.getHostAddress();
                return text.indexOf(':') >= 0 ? "[" + text + "]" : text;
            } catch (UnknownHostException e) {
                throw invalidHost(rawHost);
            }
        }
        String unicode = percentDecodeUtf8(rawHost);
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(unicode, ascii, info);
        if (info.hasErrors()) {
            throw invalidHost(unicode);
        }
        if (ascii.length() > 0 && ascii.charAt(ascii.length() - 1) == '.') {
            ascii.setLength(ascii.length() - 1);
        }
        if (ascii.length() == 0) {
            throw new InvalidUrlException(Reason.NO_HOST,
                    "This link has no host name; a web link looks like https://example.com/page.");
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || isDigit(c) || c == '-' || c == '_' || c == '.';
            if (!ok) {
                throw invalidHost(unicode);
            }
        }
        return ascii.toString();
    }

    private static int parsePort(String portText) {
        if (portText.isEmpty()) {
            return -1;
        }
        boolean digits = portText.length() <= 5 && portText.chars().allMatch(c -> c >= '0' && c <= '9');
        int port = digits ? Integer.parseInt(portText) : -1;
        if (port < 0 || port > 65535) {
            throw new InvalidUrlException(Reason.INVALID_HOST,
                    "The port \"" + portText + "\" in this link is not a number between 0 and 65535.");
        }
        return port;
    }

    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /**
     * Percent-encodes what {@link URI} would reject: ASCII characters outside RFC 3986 (space, quote, angle
     * brackets, backslash, caret, backtick, braces, bar, controls), a {@code %} not followed by two hex
     * digits, a second {@code #}, square brackets after the authority, and non-ASCII space or control characters. Other non-ASCII characters are
     * kept (URI accepts them; the host needs them for IDNA).
     */
    private static String escapeIllegalCharacters(String s, int authorityEnd) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean seenHash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                char c = (char) cp;
                if (c == '%') {
                    boolean escape = next + 2 <= s.length() && isHex(s.charAt(next)) && isHex(s.charAt(next + 1));
                    out.append(escape ? "%" : "%25");
                } else if (c == '#') {
                    out.append(seenHash ? "%23" : "#");
                    seenHash = true;
                } else if ((c == '[' || c == ']') && i >= authorityEnd) {
                    appendEncoded(out, cp); // brackets are allowed only around an IPv6 host
                } else if (isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || GEN_DELIMS.indexOf(c) >= 0) {
                    out.append(c);
                } else {
                    appendEncoded(out, cp);
                }
            } else if (Character.isISOControl(cp) || Character.isSpaceChar(cp) || Character.isWhitespace(cp)
                    || (Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1)) {
                appendEncoded(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * RFC 3986 section 6.2.2 percent-encoding normalisation of a path or query: upper-case hex, decode
     * unreserved characters, encode non-ASCII as UTF-8 and any ASCII character the component does not allow.
     */
    private static String normaliseEncoding(String component, boolean query) {
        StringBuilder out = new StringBuilder(component.length() + 16);
        for (int i = 0; i < component.length(); ) {
            int cp = component.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '%' && next + 2 <= component.length()
                    && isHex(component.charAt(next)) && isHex(component.charAt(next + 1))) {
                int b = Character.digit(component.charAt(next), 16) * 16 + Character.digit(component.charAt(next + 1), 16);
                if (b < 0x80 && isUnreserved((char) b)) {
                    out.append((char) b);
                } else {
                    appendByte(out, b);
                }
                next += 2;
            } else if (cp < 0x80 && isAllowed((char) cp, query)) {
                out.append((char) cp);
            } else {
                appendEncoded(out, cp);
            }
            i = next;
        }
        return out.toString();
    }

    /** RFC 3986 pchar plus "/" (and "?" in a query); "%" only as part of an escape. */
    private static boolean isAllowed(char c, boolean query) {
        return isUnreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || c == ':' || c == '@' || c == '/'
                || (query && c == '?');
    }

    private static String percentDecodeUtf8(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '%' && i + 3 <= s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
            } else {
                if (bytes.size() > 0) {
                    out.append(bytes.toString(StandardCharsets.UTF_8));
                    bytes.reset();
                }
                out.append(s.charAt(i));
                i++;
            }
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }

    private static void appendEncoded(StringBuilder out, int cp) {
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            appendByte(out, b & 0xFF);
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }

    private static boolean isUnreserved(char c) {
        return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** AMP cache and Google AMP viewer addresses to the origin URL; null when {@code url} is neither. */
    private static @Nullable HttpUrl unwrapAmpCache(HttpUrl url) {
        String host = url.host();
        String path = url.path();
        String rest = null;
        if (host.endsWith(".cdn.ampproject.org") && (path.startsWith("/c/") || path.startsWith("/v/"))) {
            rest = path.substring(3);
        } else if ((host.equals("google.com") || host.equals("www.google.com")) && path.startsWith("/amp/")) {
            rest = path.substring(5);
        }
        if (rest == null) {
            return null;
        }
        boolean https = rest.startsWith("s/");
        if (https) {
            rest = rest.substring(2);
        }
        int hostEnd = rest.indexOf('/');
        String originHost = hostEnd < 0 ? rest : rest.substring(0, hostEnd);
        if (originHost.indexOf('.') < 0) {
            return null;
        }
        String origin = (https ? "https://" : "http://") + rest + (url.query() == null ? "" : "?" + url.query());
        try {
            return parse(origin);
        } catch (InvalidUrlException e) {
            return null;
        }
    }

    private static String canonicalHost(String host) {
        String h = host;
        for (String domain : AMP_HOST_DOMAINS) {
            if (h.equals("amp." + domain)) {
                h = domain;
            }
        }
        while (h.startsWith("www.") && h.indexOf('.', 4) > 0) {
            h = h.substring(4);
        }
        return h;
    }

    /** Trailing slashes and trailing "amp" segments; {@code path} is already free of dot segments. */
    private static String canonicalPath(String path) {
        String p = path;
        while (true) {
            while (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            int lastSlash = p.lastIndexOf('/');
            if (lastSlash > 0 && p.substring(lastSlash + 1).equalsIgnoreCase("amp")) {
                p = p.substring(0, lastSlash);
                continue;
            }
            return p.isEmpty() ? "/" : p;
        }
    }

    /** RFC 3986 section 5.2.4 for an absolute path; an empty path becomes "/". */
    private static String removeDotSegments(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        Deque<String> out = new ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !out.isEmpty()) {
                    out.removeLast();
                }
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(segment);
            }
        }
        return "/" + String.join("/", out);
    }

    private static @Nullable String canonicalQuery(@Nullable String query) {
        if (query == null) {
            return null;
        }
        List<String[]> kept = new ArrayList<>();
        for (String parameter : query.split("&", -1)) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String key = eq < 0 ? parameter : parameter.substring(0, eq);
            String value = eq < 0 ? null : parameter.substring(eq + 1);
            String name = key.toLowerCase(Locale.ROOT);
            if (isTracking(name) || isAmpMarker(name, value)) {
                continue;
            }
            kept.add(new String[] {key, parameter});
        }
        if (kept.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String[] p : kept) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(p[1]);
        }
        return out.toString();
    }

    private static boolean isTracking(String lowerName) {
        if (TRACKING_PARAMETERS.contains(lowerName)) {
            return true;
        }
        for (String prefix : TRACKING_PARAMETER_PREFIXES) {
            if (lowerName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAmpMarker(String lowerName, @Nullable String value) {
        if (AMP_QUERY_PARAMETERS.contains(lowerName)) {
            return true;
        }
        if (lowerName.equals("amp")) {
            return value == null || value.isEmpty() || value.equals("1") || value.equalsIgnoreCase("true");
        }
        return lowerName.equals("outputtype") && value != null && value.equalsIgnoreCase("amp");
    }

    /** A parsed http(s) URL: ASCII host, port -1 when default, normalised path and query. */
    record HttpUrl(String scheme, String host, int port, String path, @Nullable String query) {

        /** @return the port to connect to (the scheme's default when none is given) */
        int effectivePort() {
            return port >= 0 ? port : defaultPort(scheme);
        }

        /** @return this URL as a {@link URI} */
        URI toUri() {
            return URI.create(toString());
        }

        @Override
        public String toString() {
            return scheme + "://" + host + (port >= 0 ? ":" + port : "") + path + (query == null ? "" : "?" + query);
        }
    }
}
