package io.claimdesk.user.api;

import io.claimdesk.support.Api;
import io.claimdesk.support.BoundHttp;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.LoginThrottle;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.LOGIN_ATTEMPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login that holds (issue 12): parallel guesses cannot pass the limit (5 in tests), the right password after the
 * limit is refused, an attacker at one address does not lock the owner out at another, and unknown, deactivated
 * and wrong-password answers are the same until the password is right. Each test plays its clients from its own
 * loopback address (127.0.0.x), so the counters of other tests stay untouched.
 */
class LoginRaceDbTest extends IntegrationTest {

    private static final String WRONG = "not-the-password";

    @Autowired
    DSLContext dsl;
    @Autowired
    LoginThrottle throttle;

    @Test
    void forty_parallel_wrong_guesses_check_at_most_the_limit() throws Exception {
        accounts.ensure("race-forty", Role.CHECKER);
        BoundHttp from = new BoundHttp(port, "127.0.0.11");
        List<Integer> statuses = parallel(40, i -> from.getBasic("/api/v1/me", "race-forty", WRONG + i).status());

        long checked = statuses.stream().filter(s -> s == 401).count();
        long refused = statuses.stream().filter(s -> s == 429).count();
        assertThat(checked).isBetween(1L, 5L);
        assertThat(checked + refused).isEqualTo(40);
    }

    @Test
    void twenty_parallel_sign_ins_with_the_right_password_all_get_in() throws Exception {
        accounts.ensure("race-script", Role.CHECKER);
        BoundHttp from = new BoundHttp(port, "127.0.0.18");
        List<Integer> statuses = parallel(20, i ->
                from.getBasic("/api/v1/me", "race-script", TestAccounts.PASSWORD).status());

        assertThat(statuses).hasSize(20).containsOnly(200);
    }

    @Test
    void the_right_password_among_30_parallel_guesses_after_the_limit_is_refused() throws Exception {
        accounts.ensure("race-thirty", Role.CHECKER);
        BoundHttp from = new BoundHttp(port, "127.0.0.12");
        for (int i = 0; i < 5; i++) {
            assertThat(from.getBasic("/api/v1/me", "race-thirty", WRONG).status()).isEqualTo(401);
        }
        List<Integer> statuses = parallel(30, i ->
                from.getBasic("/api/v1/me", "race-thirty", i == 17 ? TestAccounts.PASSWORD : WRONG).status());

        assertThat(statuses).hasSize(30).containsOnly(429);
    }

    @Test
    void a_lockout_from_another_address_does_not_lock_the_owner_out() {
        accounts.ensure("race-owner", Role.CHECKER);
        BoundHttp attacker = new BoundHttp(port, "127.0.0.13");
        BoundHttp owner = new BoundHttp(port, "127.0.0.14");
        for (int i = 0; i < 12; i++) {
            attacker.getBasic("/api/v1/me", "race-owner", WRONG);
        }
        assertThat(attacker.getBasic("/api/v1/me", "race-owner", TestAccounts.PASSWORD).status()).isEqualTo(429);

        assertThat(owner.getBasic("/api/v1/me", "race-owner", TestAccounts.PASSWORD).status()).isEqualTo(200);
        // and over the ordinary client (127.0.0.1) too
        assertThat(new Api(baseUrl(), "race-owner", TestAccounts.PASSWORD).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void unknown_deactivated_and_wrong_password_answer_the_same_until_the_password_is_right() {
        accounts.ensure("race-active", Role.CHECKER);
        accounts.ensure("race-deactivated", Role.CHECKER);
        dsl.update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.USERNAME.eq("race-deactivated")).execute();
        BoundHttp from = new BoundHttp(port, "127.0.0.15");

        BoundHttp.Answer wrong = from.getBasic("/api/v1/me", "race-active", WRONG);
        BoundHttp.Answer unknown = from.getBasic("/api/v1/me", "race-nobody-here", WRONG);
        BoundHttp.Answer deactivated = from.getBasic("/api/v1/me", "race-deactivated", WRONG);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(deactivated.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(deactivated.body()).isEqualTo(wrong.body());
        assertThat(wrong.body()).contains("a valid username and password are required");

        BoundHttp.Answer right = from.getBasic("/api/v1/me", "race-deactivated", TestAccounts.PASSWORD);
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).contains("This account is deactivated. Ask an administrator.");

        // an unknown name leaves no counter of its own
        assertThat(dsl.fetchCount(LOGIN_ATTEMPT, LOGIN_ATTEMPT.KEY.contains("race-nobody-here"))).isZero();
    }

    @Test
    void too_many_failures_from_one_address_refuse_it_but_not_other_addresses() {
        accounts.ensure("race-sprayed", Role.CHECKER);
        BoundHttp sprayer = new BoundHttp(port, "127.0.0.16");
        for (int i = 0; i < 30; i++) {
            assertThat(sprayer.getBasic("/api/v1/me", "race-guess-" + i, WRONG).status()).isEqualTo(401);
        }
        BoundHttp.Answer refused = sprayer.getBasic("/api/v1/me", "race-sprayed", TestAccounts.PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.head()).contains("Retry-After: ");
        assertThat(refused.body()).contains("\"code\":\"auth.throttled\"");
        assertThat(new BoundHttp(port, "127.0.0.17").getBasic("/api/v1/me", "race-sprayed", TestAccounts.PASSWORD)
                .status()).isEqualTo(200);
    }

    @Test
    void expired_counters_are_purged() {
        OffsetDateTime now = OffsetDateTime.now();
        dsl.insertInto(LOGIN_ATTEMPT).columns(LOGIN_ATTEMPT.KEY, LOGIN_ATTEMPT.ATTEMPTS, LOGIN_ATTEMPT.EXPIRES_AT)
                .values("address:purge-test-old", 3, now.minusMinutes(5))
                .values("address:purge-test-new", 3, now.plusMinutes(5))
                .execute();
        assertThat(throttle.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(dsl.fetchExists(LOGIN_ATTEMPT, LOGIN_ATTEMPT.KEY.eq("address:purge-test-old"))).isFalse();
        assertThat(dsl.fetchExists(LOGIN_ATTEMPT, LOGIN_ATTEMPT.KEY.eq("address:purge-test-new"))).isTrue();
        dsl.deleteFrom(LOGIN_ATTEMPT).where(LOGIN_ATTEMPT.KEY.eq("address:purge-test-new")).execute();
    }

    @Test
    void passwords_over_72_bytes_are_refused_with_422_wherever_they_are_set() {
        Api admin = new Api(baseUrl(), "admin", "admin-test-password-1");
        String arabic37 = "ك".repeat(37); // 74 bytes in UTF-8
        Api.Response created = admin.post("/api/v1/users", Map.of("username", "race-long-pw",
                "displayName", "Long", "password", arabic37, "role", "CHECKER"));
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.json().get("detail").asText()).isEqualTo("A password may have at most 72 bytes in "
                + "UTF-8 (the limit of bcrypt, which stores it); this one has 74 (Arabic letters take 2 bytes each).");

        Api.Response ok = admin.post("/api/v1/users", Map.of("username", "race-long-pw",
                "displayName", "Long", "password", "ك".repeat(36), "role", "CHECKER"));
        assertThat(ok.status()).isEqualTo(201);
        Api.Response patched = admin.patch("/api/v1/users/" + ok.json().get("id").asLong(),
                Map.of("version", ok.json().get("version").asInt(), "password", "x".repeat(73)));
        assertThat(patched.status()).isEqualTo(422);
        assertThat(patched.json().get("detail").asText()).contains("this one has 73");
        assertThat(new Api(baseUrl(), "race-long-pw", "ك".repeat(36)).get("/api/v1/me").status()).isEqualTo(200);
    }

    interface Call {
        int run(int i) throws Exception;
    }

    /** Runs {@code n} calls at once (all released by one latch) and returns their results in order. */
    private static List<Integer> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.run(index);
                }));
            }
            go.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
