package io.claimdesk.cli;

import io.claimdesk.claim.domain.priority.PriorityList;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.claim.domain.worthiness.ModelVersion;
import io.claimdesk.claim.domain.worthiness.WorthinessTrainer;
import io.claimdesk.core.domain.ConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code retrain-checkworthiness} retrains the check-worthiness model from the desk's decisions and the public data
 * when present, records the version and swaps it in when not worse ({@link CheckWorthinessService#retrain()});
 * {@code rollback-checkworthiness} makes the previously active version active again. Both need an ADMIN account.
 * {@code refresh-suggestions} scores the stale articles of the priority list ({@link PriorityList}).
 */
@Component
class CheckWorthinessCommand {

    private final CheckWorthinessService service;
    private final PriorityList priority;

    CheckWorthinessCommand(CheckWorthinessService service, PriorityList priority) {
        this.service = service;
        this.priority = priority;
    }

    /** {@code refresh-suggestions}: stores the scored suggestions of every stale article (PriorityList). */
    int refreshSuggestions(PrintStream out) {
        int stale = priority.staleCount();
        long started = System.nanoTime();
        int done = priority.refreshStale(Integer.MAX_VALUE);
        out.printf(Locale.ROOT, "Suggestions scored for %d of %d stale articles in %.1f s (model %s).%n", done, stale,
                (System.nanoTime() - started) / 1e9, service.modelKey());
        return 0;
    }

    int retrain(PrintStream out, PrintStream err) {
        try {
            out.println(service.publicDataPresent() ? "Public CheckThat! train splits found."
                    : "Public CheckThat! train splits not found: training on the project's and the desk's rows.");
            CheckWorthinessService.RetrainResult result = service.retrain();
            for (WorthinessTrainer.Figures f : result.figures()) {
                out.printf(Locale.ROOT, "%s: %d rows (%d check-worthy), %d folds%s, MAP before %.3f, after %.3f%n",
                        f.language(), f.rows(), f.positives(), f.folds(), f.byTopic() ? " by topic" : "",
                        f.ruleMap(), f.modelMap());
            }
            ModelVersion v = result.version();
            out.printf(Locale.ROOT, "Recorded model version %d (%d bytes, desk decisions: %d check-worthy, %d not); %s%n",
                    v.id(), v.modelBytes(), v.deskPositive(), v.deskNegative(),
                    v.swapped() ? "it is now in use." : "it is worse than the model in use, which stays.");
            return 0;
        } catch (AccessDeniedException e) {
            err.println("Retraining needs an ADMIN account (--as).");
            return 2;
        } catch (RuntimeException e) {
            err.println("Retraining failed: " + e.getMessage());
            return 1;
        }
    }

    int rollback(PrintStream out, PrintStream err) {
        try {
            ModelVersion v = service.rollback();
            out.println("Model version " + v.id() + " (" + v.origin() + ") is in use again.");
            return 0;
        } catch (AccessDeniedException e) {
            err.println("Rolling back needs an ADMIN account (--as).");
            return 2;
        } catch (ConflictException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
