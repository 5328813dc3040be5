package io.claimdesk.report.domain;

import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Full JSON export and restore ({@link WorkbenchBackup}), for administrators only. */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final WorkbenchBackup backup;
    private final CurrentUser currentUser;

    public BackupService(DSLContext dsl, PasswordEncoder encoder, CurrentUser currentUser) {
        this.backup = new WorkbenchBackup(dsl, encoder::encode);
        this.currentUser = currentUser;
    }

    /**
     * Writes the full export, from one consistent snapshot (repeatable read).
     *
     * @throws IOException when writing fails
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(OutputStream out) throws IOException {
        backup.export(out, OffsetDateTime.now(ZoneOffset.UTC));
        log.info("Full export written for {}", currentUser.require().username());
    }

    /**
     * Restores an export into this empty instance.
     *
     * @throws ConflictException   when the instance holds content
     * @throws ValidationException when the document is not a valid export
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public WorkbenchBackup.ImportSummary importFrom(InputStream in) {
        WorkbenchBackup.ImportSummary summary = backup.importFrom(in);
        log.info("Export restored by {}: {}", currentUser.require().username(), summary);
        return summary;
    }
}
