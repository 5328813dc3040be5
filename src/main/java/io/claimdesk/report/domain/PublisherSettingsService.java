package io.claimdesk.report.domain;

import static io.claimdesk.db.Tables.PUBLISHER_SETTINGS;

import io.claimdesk.core.config.ClaimdeskProperties;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.CurrentUser;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publisher settings (table {@code publisher_settings}, one row): organisation name, logo URL, site base URL
 * and default language. Until an administrator saves them, the {@code CLAIMDESK_ORGANISATION_*} settings
 * ({@link ClaimdeskProperties.Organisation}) apply; the first save stores the row, and from then on the
 * environment no longer matters. Anyone may read them (exports need them); only ADMIN changes them.
 */
@Service
public class PublisherSettingsService {

    /** Longest organisation name, in code points. */
    public static final int MAX_NAME = 200;
    /** Longest URL, in code points. */
    public static final int MAX_URL = 2048;

    private final DSLContext dsl;
    private final ClaimdeskProperties.Organisation seed;
    private final CurrentUser currentUser;

    public PublisherSettingsService(DSLContext dsl, ClaimdeskProperties properties, CurrentUser currentUser) {
        this.dsl = dsl;
        this.seed = properties.organisation();
        this.currentUser = currentUser;
    }

    /** Stored settings with their version ({@code -1} while the environment's seeds apply). */
    public record Settings(Publisher publisher, int version) {
    }

    /** The publisher as outputs name it now. */
    public Publisher current() {
        return settings().publisher();
    }

    /**
     * The settings and their version, for an edit form. While none are stored, the seeds, validated the same way
     * (a seed that breaks a rule falls back to the built-in default of that setting).
     */
    public Settings settings() {
        return dsl.selectFrom(PUBLISHER_SETTINGS).fetchOptional()
                .map(r -> new Settings(new Publisher(r.getOrganisationName(), r.getLogoUrl(), r.getSiteBaseUrl(),
                        r.getDefaultLanguage()), r.getVersion()))
                .orElseGet(() -> new Settings(seeded(), -1));
    }

    /**
     * Stores the settings.
     *
     * @param expectedVersion the version read ({@code -1} when the seeds were shown)
     * @return the stored settings
     * @throws ValidationException for a blank or too long name, a URL that is not absolute http(s), or a language
     *                             other than {@code ar} and {@code en} (the message names the field)
     * @throws ConflictException   when someone else saved them since they were read
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Settings save(Publisher input, int expectedVersion) {
        Publisher p = validate(input);
        long me = currentUser.require().id();
        int rows;
        if (expectedVersion < 0) {
            rows = dsl.insertInto(PUBLISHER_SETTINGS)
                    .set(PUBLISHER_SETTINGS.ORGANISATION_NAME, p.name())
                    .set(PUBLISHER_SETTINGS.LOGO_URL, p.logoUrl())
                    .set(PUBLISHER_SETTINGS.SITE_BASE_URL, p.siteBaseUrl())
                    .set(PUBLISHER_SETTINGS.DEFAULT_LANGUAGE, p.defaultLanguage())
                    .set(PUBLISHER_SETTINGS.UPDATED_BY, me)
                    .onConflictDoNothing()
                    .execute();
        } else {
            rows = dsl.update(PUBLISHER_SETTINGS)
                    .set(PUBLISHER_SETTINGS.ORGANISATION_NAME, p.name())
                    .set(PUBLISHER_SETTINGS.LOGO_URL, p.logoUrl())
                    .set(PUBLISHER_SETTINGS.SITE_BASE_URL, p.siteBaseUrl())
                    .set(PUBLISHER_SETTINGS.DEFAULT_LANGUAGE, p.defaultLanguage())
                    .set(PUBLISHER_SETTINGS.UPDATED_BY, me)
                    .set(PUBLISHER_SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
                    .set(PUBLISHER_SETTINGS.VERSION, PUBLISHER_SETTINGS.VERSION.plus(1))
                    .where(PUBLISHER_SETTINGS.VERSION.eq(expectedVersion))
                    .execute();
        }
        if (rows == 0) {
            throw ConflictException.of("publisher.stale");
        }
        return settings();
    }

    private Publisher seeded() {
        Publisher defaults = new Publisher("Claimdesk newsroom", null, "https://factcheck.example.org/", "en");
        String name = seed.name() == null || seed.name().isBlank() || seed.name().strip().codePointCount(0,
                seed.name().strip().length()) > MAX_NAME ? defaults.name() : seed.name().strip();
        String logo = seed.logoUrl() == null || seed.logoUrl().isBlank() ? null : httpUrl(seed.logoUrl());
        String site = httpUrl(seed.siteBaseUrl());
        if (site != null && URI.create(site).getRawQuery() != null) {
            site = null;
        }
        String language = seed.defaultLanguage() == null ? null : seed.defaultLanguage().strip()
                .toLowerCase(Locale.ROOT);
        return new Publisher(name, logo, site == null ? defaults.siteBaseUrl() : withSlash(site),
                "ar".equals(language) ? "ar" : defaults.defaultLanguage());
    }

    /**
     * The settings trimmed and checked: the site base URL gains a final {@code /}, the language is lower-cased, a
     * blank logo URL becomes null.
     *
     * @throws ValidationException naming the field that breaks its rule
     */
    public static Publisher validate(Publisher p) {
        String name = p.name() == null ? "" : p.name().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME) {
            throw ValidationException.of("publisher.name.length", String.valueOf(MAX_NAME));
        }
        String logo = p.logoUrl() == null || p.logoUrl().isBlank() ? null : httpUrl(p.logoUrl());
        if (p.logoUrl() != null && !p.logoUrl().isBlank() && logo == null) {
            throw ValidationException.of("publisher.logoUrl.invalid", String.valueOf(MAX_URL));
        }
        String site = p.siteBaseUrl() == null ? null : httpUrl(p.siteBaseUrl());
        if (site == null || URI.create(site).getRawQuery() != null) {
            throw ValidationException.of("publisher.siteBaseUrl.invalid", String.valueOf(MAX_URL - 1));
        }
        String language = p.defaultLanguage() == null ? "" : p.defaultLanguage().strip().toLowerCase(Locale.ROOT);
        if (!language.equals("ar") && !language.equals("en")) {
            throw ValidationException.of("publisher.defaultLanguage.invalid");
        }
        String base = withSlash(site);
        if (base.length() > MAX_URL) {
            throw ValidationException.of("publisher.siteBaseUrl.length", String.valueOf(MAX_URL - 1));
        }
        return new Publisher(name, logo, base, language);
    }

    /** {@code url} trimmed when it is an absolute http(s) URL with a host and no fragment, else null. */
    private static @Nullable String httpUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        if (s.isEmpty() || s.length() > MAX_URL) {
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawFragment() != null) {
                return null;
            }
            return s;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
