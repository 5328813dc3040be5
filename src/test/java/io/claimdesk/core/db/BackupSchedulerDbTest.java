package io.claimdesk.core.db;

import io.claimdesk.support.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BackupSchedulerDbTest {

    @Test
    void each_backup_is_a_new_dump_in_the_folder_and_only_the_newest_ones_are_kept(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a backup");
        try (ScratchDatabase db = ScratchDatabase.create()) {
            BackupScheduler scheduler = new BackupScheduler(db.dataSource(),
                    new BackupProperties(dir, Duration.ofHours(24), 2));
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                written.add(scheduler.backupNow());
                Thread.sleep(5); // distinct millisecond stamps
            }
            assertThat(written).allSatisfy(p -> assertThat(p.getFileName().toString())
                    .matches("claimdesk-\\d{8}T\\d{9}Z\\.zip"));
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly(written.get(1).getFileName().toString(),
                                written.get(2).getFileName().toString(), "notes.txt");
            }
        }
    }
}
