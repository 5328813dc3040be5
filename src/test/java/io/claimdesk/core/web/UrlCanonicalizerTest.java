package io.claimdesk.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimdesk.core.web.InvalidUrlException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    private String canonical(String input) {
        return canonicalizer.canonicalize(input).canonical();
    }

    @Test
    void tracking_parameters_www_case_and_fragment_do_not_make_a_different_source() {
        String a = canonical("https://www.Example.com/news/story?utm_source=x&id=5#top");
        String b = canonical("https://example.com/news/story?id=5");
        assertThat(a).isEqualTo(b).isEqualTo("https://example.com/news/story?id=5");
    }

    @Test
    void given_url_is_kept_trimmed_beside_the_canonical_form() {
        CanonicalUrl url = canonicalizer.canonicalize("  https://WWW.example.com/a/?fbclid=1 \n");
        assertThat(url.url()).isEqualTo("https://WWW.example.com/a/?fbclid=1");
        assertThat(url.canonical()).isEqualTo("https://example.com/a");
    }

    @Test
    void unicode_and_punycode_hosts_have_one_canonical_form() {
        String unicode = canonical("http://مثال.إختبار/");
        String punycode = canonical("http://xn--mgbh0fb.xn--kgbechtv/");
        assertThat(unicode).isEqualTo(punycode).isEqualTo("https://xn--mgbh0fb.xn--kgbechtv/");
    }

    @Test
    void http_and_https_forms_of_one_address_are_one_source_and_the_key_says_https() {
        assertThat(canonical("http://www.example.com/news/story?id=7")).isEqualTo("https://example.com/news/story?id=7")
                .isEqualTo(canonical("https://example.com/news/story?id=7"));
    }

    @Test
    void query_parameters_keep_the_order_written_and_only_tracking_parameters_go() {
        assertThat(canonical("https://example.com/search?q=%D9%86%D9%81%D8%B7&page=2&utm_source=x&fbclid=1&gclid=2"
                + "&lang=ar")).isEqualTo("https://example.com/search?q=%D9%86%D9%81%D8%B7&page=2&lang=ar");
        assertThat(canonical("https://example.com/a?b=2&a=1")).isNotEqualTo(canonical("https://example.com/a?a=1&b=2"));
    }

    @Test
    void idn_host_is_case_folded_by_uts46() {
        assertThat(canonical("https://BÜCHER.example/Seite")).isEqualTo("https://xn--bcher-kva.example/Seite");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HTTP://EXAMPLE.COM:80/a                          | https://example.com/a
            https://example.com:443/a                        | https://example.com/a
            https://example.com:8443/a                       | https://example.com:8443/a
            http://example.com                               | https://example.com/
            http://example.com/                              | https://example.com/
            http://example.com/news/                         | https://example.com/news
            http://example.com/news//                        | https://example.com/news
            http://example.com/a/./b/../c                    | https://example.com/a/c
            http://example.com/%7euser/%e2%82%ac             | https://example.com/~user/%E2%82%AC
            http://example.com/caf%C3%A9                     | https://example.com/caf%C3%A9
            http://example.com/café                          | https://example.com/caf%C3%A9
            http://example.com/a b?q=a b                     | https://example.com/a%20b?q=a%20b
            http://example.com/a?b=1&a=2&b=0                 | https://example.com/a?b=1&a=2&b=0
            http://example.com/a?z=1&UTM_Medium=x&gclid=y&a=1| https://example.com/a?z=1&a=1
            http://example.com/a?utm_source=x&fbclid=y       | https://example.com/a
            http://example.com/a?                            | https://example.com/a
            http://example.com/a?x[]=1                       | https://example.com/a?x%5B%5D=1
            http://user:secret@example.com/a                 | https://example.com/a
            http://example.com./a                            | https://example.com/a
            http://www.www.example.com/a                     | https://example.com/a
            http://www.com/a                                 | https://www.com/a
            http://www2.example.com/a                        | https://www2.example.com/a
            http://ex%61mple.com/a                           | https://example.com/a
            http://[::1]:8080/a                              | https://[0:0:0:0:0:0:0:1]:8080/a
            http://example.com/a%2Fb                         | https://example.com/a%2Fb
            """)
    void normalises_scheme_host_port_path_and_query(String input, String expected) {
        assertThat(canonical(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/news/story/amp                                   | https://example.com/news/story
            https://example.com/news/story/amp/                                  | https://example.com/news/story
            https://example.com/amp                                              | https://example.com/amp
            https://example.com/news/story?amp=1                                 | https://example.com/news/story
            https://example.com/news/story?amp                                   | https://example.com/news/story
            https://example.com/news/story?amp=0                                 | https://example.com/news/story?amp=0
            https://example.com/news/story?outputType=amp&id=2                   | https://example.com/news/story?id=2
            https://example-com.cdn.ampproject.org/c/s/example.com/news/story    | https://example.com/news/story
            https://example-com.cdn.ampproject.org/c/example.com/news/story      | https://example.com/news/story
            https://www-example-com.cdn.ampproject.org/v/s/www.example.com/news/story/amp?amp_js_v=0.1 | https://example.com/news/story
            https://www.google.com/amp/s/www.example.com/news/story              | https://example.com/news/story
            https://amp.theguardian.com/world/2021/dec/31/story                  | https://theguardian.com/world/2021/dec/31/story
            https://amp.example.com/world/story                                  | https://amp.example.com/world/story
            """)
    void maps_amp_addresses_only_where_the_mapping_is_certain(String input, String expected) {
        assertThat(canonical(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            javascript:alert(1)                 | javascript:
            JavaScript:alert(document.cookie)   | javascript:
            data:text/html,<script>x</script>   | data:
            file:///etc/passwd                  | file:
            ftp://example.com/file              | ftp:
            mailto:desk@example.com             | mailto:
            """)
    void refuses_non_web_schemes_naming_the_scheme(String input, String scheme) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("Only http and https links can be sources; this one starts with " + scheme)
                .extracting(e -> ((InvalidUrlException) e).reason()).isEqualTo(Reason.UNSUPPORTED_SCHEME);
    }

    @Test
    void refuses_a_link_longer_than_2048_characters() {
        String longUrl = "https://example.com/" + "a".repeat(3000 - 20);
        assertThat(longUrl).hasSize(3000);
        assertThatThrownBy(() -> canonicalizer.canonicalize(longUrl))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("3,000 characters")
                .hasMessageContaining("2,048");
    }

    @Test
    void accepts_a_link_of_exactly_2048_characters() {
        String url = "https://example.com/" + "a".repeat(2048 - 20);
        assertThat(canonical(url)).isEqualTo(url);
    }

    @Test
    void refuses_a_link_whose_percent_encoded_form_exceeds_2048_characters() {
        String url = "https://example.com/" + "ق".repeat(1000);
        assertThatThrownBy(() -> canonicalizer.canonicalize(url))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("Written with percent-encoding this link is 6,020 characters long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "https://", "http:///path", "http://:80/", "http://user@/x", "http:example.com"})
    void refuses_a_link_without_a_host(String input) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("no host name")
                .extracting(e -> ((InvalidUrlException) e).reason()).isEqualTo(Reason.NO_HOST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com/news", "www.example.com:8080/x", "//example.com/a"})
    void refuses_a_link_without_a_scheme(String input) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessageContaining("does not start with http:// or https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa mple.com/", "http://a..b.com/", "http://example.com:99999/", "http://example.com:8o/",
            "http://[zz::1]/", "http://-bad-.com\u200d/"})
    void refuses_invalid_hosts_and_ports(String input) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                .isInstanceOf(InvalidUrlException.class)
                .extracting(e -> ((InvalidUrlException) e).reason()).isIn(Reason.INVALID_HOST, Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refuses_empty_input(String input) {
        assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                .isInstanceOf(InvalidUrlException.class)
                .hasMessage("The link is empty.");
    }

    @Test
    void parse_keeps_www_and_tracking_parameters_for_fetching() {
        UrlCanonicalizer.HttpUrl parsed = UrlCanonicalizer.parse("https://WWW.مثال.إختبار:443/x?utm_source=a#f");
        assertThat(parsed.toString()).isEqualTo("https://www.xn--mgbh0fb.xn--kgbechtv/x?utm_source=a");
        assertThat(parsed.effectivePort()).isEqualTo(443);
    }
}
