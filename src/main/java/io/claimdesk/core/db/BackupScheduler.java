package io.claimdesk.core.db;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes a compressed dump of the database ({@link DatabaseDump}) to {@code CLAIMDESK_BACKUP_DIR} every
 * {@code CLAIMDESK_BACKUP_INTERVAL} and keeps the newest {@code CLAIMDESK_BACKUP_KEEP}. Files are named
 * {@code claimdesk-<UTC yyyyMMdd'T'HHmmssSSS'Z'>.zip}, so their names sort by time. Nothing runs when no folder is
 * set. A failed backup is logged as an error and tried again at the next interval.
 */
@Component
public class BackupScheduler {

    private static final Logger log = LoggerFactory.getLogger(BackupScheduler.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PREFIX = "claimdesk-";
    private static final String SUFFIX = ".zip";

    private final DataSource dataSource;
    private final BackupProperties properties;
    private ScheduledExecutorService executor;

    public BackupScheduler(DataSource dataSource, BackupProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @EventListener(ContextRefreshedEvent.class)
    synchronized void start() {
        if (properties.dir() == null || executor != null) {
            return;
        }
        long every = Math.max(60, properties.interval().toSeconds());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimdesk-backup");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runQuietly, 60, every, TimeUnit.SECONDS);
        log.info("Database backups every {} to {}, keeping the newest {}", Duration.ofSeconds(every),
                properties.dir().toAbsolutePath(), Math.max(1, properties.keep()));
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void runQuietly() {
        try {
            backupNow();
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Scheduled database backup to {} failed", properties.dir(), e);
        }
    }

    /**
     * Writes one dump into the backup folder now and removes the oldest beyond the number to keep.
     *
     * @return the new file
     * @throws IllegalStateException when no backup folder is configured
     * @throws IOException           when writing or cleaning up fails
     * @throws SQLException          when reading the database fails
     */
    public synchronized Path backupNow() throws IOException, SQLException {
        Path dir = properties.dir();
        if (dir == null) {
            throw new IllegalStateException("No backup folder: set CLAIMDESK_BACKUP_DIR.");
        }
        Files.createDirectories(dir);
        Path target = dir.resolve(PREFIX + STAMP.format(Instant.now()) + SUFFIX);
        long started = System.nanoTime();
        DatabaseDump.Summary summary = DatabaseDump.dump(dataSource, target);
        log.info("Database backup {} written in {} ms ({} bytes, schema {}, {} claims, {} history events)",
                target, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), Files.size(target),
                summary.schemaVersion(), summary.rows().get("claim"), summary.rows().get("claim_event"));
        prune(dir, Math.max(1, properties.keep()));
        return target;
    }

    /** Deletes all but the {@code keep} newest dumps in {@code dir}; other files are left alone. */
    static void prune(Path dir, int keep) throws IOException {
        List<Path> dumps;
        try (Stream<Path> files = Files.list(dir)) {
            dumps = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : dumps.subList(Math.min(keep, dumps.size()), dumps.size())) {
            Files.delete(old);
            log.info("Old database backup {} removed (keeping {})", old, keep);
        }
    }
}
