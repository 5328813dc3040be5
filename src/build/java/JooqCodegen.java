import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build-time jOOQ code generation from the schema as PostgreSQL really has it.
 *
 * <p>Run by the exec-maven-plugin in the {@code generate-sources} phase with the project's test classpath
 * (Java's single-file source launcher). It starts a throw-away embedded PostgreSQL (io.zonky.test, no server and
 * no Docker needed), applies the Flyway migrations of {@code db/migration}, and runs jOOQ's generator against
 * the live catalogue, so enums, tsvector columns, extensions and triggers are seen exactly as the application
 * sees them. A hash of the migrations is kept beside the output: when nothing changed, generation is skipped.
 *
 * <p>Arguments: migrations directory, output directory, scratch directory for the database cluster.
 */
public class JooqCodegen {

    /** Bump when the generator configuration below changes, so existing output is regenerated. */
    private static final String GENERATOR_REVISION = "2";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        Path stamp = output.resolve(".migrations.sha256");
        String hash = hashOf(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated classes are up to date");
            return;
        }
        deleteRecursively(scratch);
        Files.createDirectories(scratch);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(scratch.resolve("data"))
                .setCleanDataDirectory(true)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load().migrate();
            deleteRecursively(output);
            try (Connection connection = ds.getConnection()) {
                GenerationTool tool = new GenerationTool();
                tool.setConnection(connection);
                tool.run(configuration(output));
            }
        }
        Files.createDirectories(output);
        Files.writeString(stamp, hash);
        System.out.println("[jooq-codegen] generated jOOQ classes into " + output);
    }

    private static Configuration configuration(Path output) {
        return new Configuration()
                .withJdbc(new Jdbc())
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("flyway_schema_history")
                                .withRecordVersionFields("version"))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withRecords(true)
                                .withPojos(false)
                                .withFluentSetters(true)
                                .withRecordsImplementingRecordN(false))
                        .withTarget(new Target()
                                .withPackageName("io.claimdesk.db")
                                .withDirectory(output.toAbsolutePath().toString())
                                .withEncoding("UTF-8")));
    }

    private static String hashOf(Path migrations) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(GENERATOR_REVISION.getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(migrations)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            for (Path file : sorted) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
