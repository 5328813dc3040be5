package io.claimdesk.core.config;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Claimdesk settings, bound from {@code claimdesk.*} properties; each can be given as an environment variable
 * in Spring's relaxed form ({@code CLAIMDESK_DB_URL} for {@code claimdesk.db.url}).
 *
 * @param dataDir      directory of the embedded database and other local state ({@code CLAIMDESK_DATA_DIR})
 * @param db           external database (when {@code url} is empty the embedded PostgreSQL is used) and the
 *                     time limits of every database call
 * @param adminPassword password of the first {@code admin} account ({@code CLAIMDESK_ADMIN_PASSWORD}); when empty
 *                     a random one is generated and printed once
 * @param demo         demo mode ({@code CLAIMDESK_DEMO=true}): adds demo accounts and a demo article
 * @param security     login throttling
 * @param organisation seeds of the publisher settings (organisation name, logo URL, site base URL, default
 *                     language; {@code CLAIMDESK_ORGANISATION_*}), used until an administrator saves them
 * @param intake       article intake limits ({@code CLAIMDESK_INTAKE_MAX_UPLOAD_SIZE}, default 10MB)
 * @param work         the pool of heavy jobs (report rendering, segmentation): {@code CLAIMDESK_WORK_*}
 */
@ConfigurationProperties("claimdesk")
public record ClaimdeskProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @Nullable String adminPassword,
        @DefaultValue("false") boolean demo,
        @DefaultValue Security security,
        @DefaultValue Organisation organisation,
        @DefaultValue Intake intake,
        @DefaultValue Work work) {

    /**
     * External database connection (all empty means the embedded database) and time limits that make a database
     * fault answer as a fault (503) instead of hanging.
     *
     * @param connectTimeout   longest wait for a pooled connection, and for opening a new one
     *                         ({@code CLAIMDESK_DB_CONNECT_TIMEOUT}, default 1s, at least 250ms)
     * @param statementTimeout longest run of one SQL statement ({@code CLAIMDESK_DB_STATEMENT_TIMEOUT}, default 30s;
     *                         PostgreSQL {@code statement_timeout})
     * @param healthTimeout    longest wait of {@code /actuator/health} for the database before it answers DOWN
     *                         ({@code CLAIMDESK_DB_HEALTH_TIMEOUT}, default 800ms)
     */
    public record Db(@Nullable String url, @Nullable String user, @Nullable String password,
                     @DefaultValue("1s") Duration connectTimeout, @DefaultValue("30s") Duration statementTimeout,
                     @DefaultValue("800ms") Duration healthTimeout) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * Login throttling: after {@code maxFailures} wrong passwords in a row for one account from one client
     * address, or {@code maxFailuresPerAddress} failed sign-ins from one address whatever the name, sign-in from
     * that address (to that account) is refused for {@code lockDuration}, even with the right password.
     * {@code totpRequiredForAdmin} ({@code CLAIMDESK_SECURITY_TOTP_REQUIRED_FOR_ADMIN}): an ADMIN must sign in with a
     * TOTP second factor, and is sent to enrol one at sign-in when they have none.
     */
    public record Security(@DefaultValue("5") int maxFailures, @DefaultValue("30") int maxFailuresPerAddress,
                           @DefaultValue("60s") Duration lockDuration,
                           @DefaultValue("false") boolean totpRequiredForAdmin) {
    }

    /**
     * The pool of heavy jobs of requests ({@code io.claimdesk.core.work.BoundedWork}).
     *
     * @param workers   fixed number of workers ({@code CLAIMDESK_WORK_WORKERS}); 0, the default: half the processors,
     *                  at least 1
     * @param queue     jobs that may wait for a worker ({@code CLAIMDESK_WORK_QUEUE}, default 8); more are refused
     *                  with 503
     * @param timeLimit longest time of one job from submission to result ({@code CLAIMDESK_WORK_TIME_LIMIT},
     *                  default 60s); past it the job is cancelled and the request answers 503
     */
    public record Work(@DefaultValue("0") int workers, @DefaultValue("8") int queue,
                       @DefaultValue("60s") Duration timeLimit) {
    }

    /** Article intake: the largest upload accepted (a clear 413 / UI message above it). */
    public record Intake(@DefaultValue("10MB") org.springframework.util.unit.DataSize maxUploadSize) {
    }

    /**
     * Seeds of the publisher settings (the fact-checking organisation named in ClaimReview output); the settings
     * stored by an administrator take precedence.
     *
     * @param siteBaseUrl     public site; published checks live at {@code <siteBaseUrl>checks/<claim id>}
     * @param defaultLanguage {@code ar} or {@code en}
     */
    public record Organisation(@DefaultValue("Claimdesk newsroom") String name,
                               @Nullable String logoUrl,
                               @DefaultValue("https://factcheck.example.org/") String siteBaseUrl,
                               @DefaultValue("en") String defaultLanguage) {
    }
}
