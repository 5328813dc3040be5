package io.claimdesk.cli;

import io.claimdesk.support.ScratchDatabase;
import io.claimdesk.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static io.claimdesk.db.Tables.CHECKWORTHINESS_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retrain-checkworthiness} and {@code rollback-checkworthiness} on a fresh scratch instance (issue 17), without
 * the public data: the project's sentences are enough to train both languages.
 */
class CheckWorthinessCliDbTest {

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void forget() {
        System.clearProperty("claimdesk.db.url");
        System.clearProperty("claimdesk.db.user");
        System.clearProperty("claimdesk.db.password");
        System.clearProperty("claimdesk.checkworthiness.public-dir");
    }

    private static Run cli(ScratchDatabase db, String... args) {
        TestDatabase server = TestDatabase.get();
        System.setProperty("claimdesk.db.url", db.url());
        System.setProperty("claimdesk.db.user", server.user());
        System.setProperty("claimdesk.db.password", server.password());
        System.setProperty("claimdesk.checkworthiness.public-dir", "target/no-public-data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClaimdeskCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void retrain_records_a_version_and_rollback_returns_to_the_shipped_model() {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            Run nothing = cli(db, "rollback-checkworthiness");
            assertThat(nothing.exit()).isEqualTo(1);
            assertThat(nothing.err()).contains("nothing to roll back");

            Run retrain = cli(db, "retrain-checkworthiness");
            assertThat(retrain.exit()).as(retrain.err()).isZero();
            assertThat(retrain.out()).contains("Public CheckThat! train splits not found")
                    .containsPattern("ar: \\d+ rows \\(\\d+ check-worthy\\), 5 folds, "
                            + "MAP before [01]\\.\\d{3}, after [01]\\.\\d{3}")
                    .containsPattern("en: \\d+ rows").contains("Recorded model version");
            assertThat(db.dsl().fetchCount(CHECKWORTHINESS_MODEL)).isEqualTo(2);

            boolean swapped = retrain.out().contains("it is now in use");
            Run rollback = cli(db, "rollback-checkworthiness");
            if (swapped) {
                assertThat(rollback.exit()).as(rollback.err()).isZero();
                assertThat(rollback.out()).contains("(SHIPPED) is in use again");
            } else {
                // the shipped model stayed in use: there is no earlier version
                assertThat(rollback.exit()).isEqualTo(1);
            }
            assertThat(db.dsl().fetchCount(CHECKWORTHINESS_MODEL, CHECKWORTHINESS_MODEL.ACTIVE.isTrue()
                    .and(CHECKWORTHINESS_MODEL.ORIGIN.eq("SHIPPED")))).isEqualTo(1);
        }
    }
}
