package io.claimdesk.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class UrlCanonicalizerPropertiesTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Property(tries = 2000)
    void canonicalize_is_idempotent(@ForAll("urls") String input) {
        String once;
        try {
            once = canonicalizer.canonicalize(input).canonical();
        } catch (InvalidUrlException refused) {
            Assume.that(false);
            return;
        }
        assertThat(canonicalizer.canonicalize(once).canonical()).isEqualTo(once);
    }

    @Property(tries = 1000)
    void any_text_after_a_valid_host_gives_an_idempotent_ascii_canonical_form(@ForAll @StringLength(max = 200) String tail) {
        String once = canonicalizer.canonicalize("https://example.com/" + tail).canonical();
        assertThat(once).matches("\\p{ASCII}+");
        assertThat(canonicalizer.canonicalize(once).canonical()).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTP", "HtTpS");
        Arbitrary<String> host = Arbitraries.of("example.com", "WWW.Example.com", "www.www.example.org", "www.com",
                "مثال.إختبار", "xn--mgbh0fb.xn--kgbechtv", "amp.theguardian.com", "example.com.", "[::1]", "192.168.0.1",
                "BÜCHER.example", "x-y.cdn.ampproject.org", "www.google.com");
        Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8080");
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("amp", "AMP", ".", "..", "", "news", "%2e", "%7E", "%2f", "s", "c", "example.com", "a b", "قصة"),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> path = segment.list().ofMaxSize(5).map(l -> "/" + String.join("/", l));
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("utm_source", "UTM_medium", "fbclid", "amp", "outputType", "id", "ID", "a", "b", "q", "x[]", "%61"),
                Arbitraries.strings().ofMaxLength(4));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "1", "amp", "true", "x+y", "%41", "%zz", "a=b"),
                Arbitraries.strings().ofMaxLength(4));
        Arbitrary<String> parameter = Combinators.combine(key, value, Arbitraries.of("=", "", "=")).as((k, v, eq) -> eq.isEmpty() ? k : k + eq + v);
        Arbitrary<String> query = parameter.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "?" + String.join("&", l));
        Arbitrary<String> fragment = Arbitraries.of("", "#top", "#a#b");
        return Combinators.combine(scheme, host, port, path, query, fragment)
                .as((s, h, p, pa, q, f) -> s + "://" + h + p + pa + q + f);
    }
}
