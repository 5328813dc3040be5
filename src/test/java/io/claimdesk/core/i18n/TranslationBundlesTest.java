package io.claimdesk.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationBundlesTest {

    @Test
    void english_and_arabic_bundles_have_the_same_keys() throws IOException {
        for (String bundle : Translations.BUNDLES) {
            String path = "/" + bundle.replace('.', '/');
            if (TranslationBundlesTest.class.getResource(path + ".properties") == null) {
                continue;
            }
            Properties en = load(path + ".properties");
            Properties ar = load(path + "_ar.properties");
            assertThat(new TreeSet<>(ar.stringPropertyNames())).as(bundle)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            assertThat(en).as(bundle).isNotEmpty();
        }
    }

    /**
     * A key written twice in one file silently keeps only its last value (java.util.Properties), which once turned
     * the claims grid's "Created" header into "Claim created: {0}".
     */
    @Test
    void no_bundle_writes_a_key_twice() throws IOException {
        for (String bundle : Translations.BUNDLES) {
            String path = "/" + bundle.replace('.', '/');
            for (String file : List.of(path + ".properties", path + "_ar.properties")) {
                if (TranslationBundlesTest.class.getResource(file) == null) {
                    continue;
                }
                Set<String> seen = new HashSet<>();
                List<String> twice = new ArrayList<>();
                try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(file)) {
                    Properties recorder = new Properties() {
                        @Override
                        public synchronized Object put(Object key, Object value) {
                            if (!seen.add((String) key)) {
                                twice.add((String) key);
                            }
                            return super.put(key, value);
                        }
                    };
                    recorder.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                assertThat(twice).as(file).isEmpty();
            }
        }
    }

    @Test
    void arabic_strings_are_arabic_and_parameters_format() {
        Translations t = new Translations();
        assertThat(t.getTranslation("login.submit", Translations.ARABIC)).isEqualTo("دخول");
        assertThat(t.getTranslation("login.throttled", Translations.ENGLISH, 42)).contains("42 seconds");
        assertThat(t.getTranslation("no.such.key", Translations.ENGLISH)).isEqualTo("!no.such.key!");
        assertThat(Translations.rightToLeft(Translations.ARABIC)).isTrue();
        // identifiers (long) are written without grouping, in both languages; counts (int) keep it
        assertThat(t.getTranslation("article.reader.changes.orphaned", Translations.ENGLISH, 1459L)).contains("#1459")
                .doesNotContain("1,459");
        assertThat(t.getTranslation("article.reader.changes.orphaned", Translations.ARABIC, 1459L)).contains("1459");
        assertThat(t.getTranslation("login.throttled", Translations.ENGLISH, 1200)).contains("1,200");
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
