package io.claimdesk.cli;

import io.claimdesk.core.db.BackupScheduler;
import io.claimdesk.core.db.DatabaseDump;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * {@code backup [--out FILE]} writes a compressed dump of the database ({@link DatabaseDump}): to FILE, or into
 * {@code CLAIMDESK_BACKUP_DIR} with its retention. {@code restore FILE} restores such a dump into a new, empty
 * instance. Both need an ADMIN account ({@code --as}).
 */
@Component
class BackupCommand {

    private final DataSource dataSource;
    private final BackupScheduler scheduler;
    private final CurrentUser currentUser;

    BackupCommand(DataSource dataSource, BackupScheduler scheduler, CurrentUser currentUser) {
        this.dataSource = dataSource;
        this.scheduler = scheduler;
        this.currentUser = currentUser;
    }

    int backup(CommandLine line, PrintStream out, PrintStream err) {
        if (!admin(err)) {
            return 1;
        }
        try {
            Path file;
            DatabaseDump.Summary summary = null;
            if (line.option("out") != null) {
                file = Path.of(line.option("out"));
                summary = DatabaseDump.dump(dataSource, file);
            } else {
                file = scheduler.backupNow();
            }
            out.println("Wrote the database backup " + file + " (" + Files.size(file) + " bytes"
                    + (summary == null ? "" : ", " + summary.rows().get("claim") + " claims, "
                    + summary.rows().get("claim_event") + " history events") + ")");
            return 0;
        } catch (IllegalStateException e) {
            err.println(e.getMessage() + " Or give --out FILE.");
            return 2;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("Backup failed: " + e.getMessage());
            return 1;
        }
    }

    int restore(CommandLine line, PrintStream out, PrintStream err) {
        if (line.positional().size() != 1) {
            err.println("restore takes one backup file.");
            err.println(ClaimdeskCli.usage());
            return 2;
        }
        if (!admin(err)) {
            return 1;
        }
        Path file = Path.of(line.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file);
            return 2;
        }
        try {
            DatabaseDump.Summary summary = DatabaseDump.restore(dataSource, file);
            out.println("Restored " + file + " (schema " + summary.schemaVersion() + "): "
                    + summary.rows().get("article") + " articles, " + summary.rows().get("claim") + " claims, "
                    + summary.rows().get("claim_event") + " history events, " + summary.rows().get("app_user")
                    + " accounts");
            return 0;
        } catch (ValidationException | ConflictException e) {
            err.println("Not restored: " + e.getMessage());
            return 1;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("Restore failed, nothing was changed: " + e.getMessage());
            return 1;
        }
    }

    private boolean admin(PrintStream err) {
        if (!currentUser.has(Role.ADMIN)) {
            err.println("backup and restore need an ADMIN account (--as USER).");
            return false;
        }
        return true;
    }
}
