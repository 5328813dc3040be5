package io.claimdesk.core.db;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Scheduled database dumps ({@link BackupScheduler}), bound from {@code claimdesk.backup.*}.
 *
 * @param dir      folder of the dumps ({@code CLAIMDESK_BACKUP_DIR}); empty: no scheduled backups
 * @param interval time between two dumps ({@code CLAIMDESK_BACKUP_INTERVAL}, default 24h; the first one runs a
 *                 minute after start)
 * @param keep     how many of the newest dumps are kept ({@code CLAIMDESK_BACKUP_KEEP}, default 7, at least 1)
 */
@ConfigurationProperties("claimdesk.backup")
public record BackupProperties(@Nullable Path dir, @DefaultValue("24h") Duration interval,
                               @DefaultValue("7") int keep) {
}
