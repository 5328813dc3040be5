package io.claimdesk.support;

import io.claimdesk.core.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL the tests run against: the server named by {@code CLAIMDESK_TEST_DB_URL} (with
 * {@code CLAIMDESK_TEST_DB_USER} / {@code CLAIMDESK_TEST_DB_PASSWORD}) when set, otherwise one embedded PostgreSQL
 * started once per JVM in a temporary directory. Real PostgreSQL either way: no mocks.
 */
public final class TestDatabase {

    private static volatile TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static TestDatabase start() {
        String external = System.getenv("CLAIMDESK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new TestDatabase(external, env("CLAIMDESK_TEST_DB_USER", "postgres"),
                    env("CLAIMDESK_TEST_DB_PASSWORD", ""));
        }
        try {
            Path dir = Files.createTempDirectory("claimdesk-test-pg");
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, false, "claimdesk_test");
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "claimdesk-test-pg-stop"));
            return new TestDatabase(db.jdbcUrl(), db.user(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
