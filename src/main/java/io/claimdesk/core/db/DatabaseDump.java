package io.claimdesk.core.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A compressed dump of the whole Claimdesk database and its restore, through PostgreSQL's {@code COPY} (the
 * embedded server ships no {@code pg_dump}). The dump is a ZIP (deflate) holding {@code manifest.json} (format,
 * schema version, UTC time, and per table its stored columns and row count) and one {@code tables/<table>.copy}
 * entry per table in {@code COPY} text format, all read in one repeatable-read snapshot. Everything is kept:
 * accounts with their password hashes, history events with their stored {@code seq}, links and hashes.
 *
 * <p>Restore refuses a file of another schema version ({@link ValidationException}) and an instance that holds
 * content (articles, claims or sources: {@link ConflictException}); it replaces the rest (the verdict scale and
 * bootstrap accounts of a fresh instance) in one transaction with triggers off
 * ({@code session_replication_role = replica}, so the history is restored as stored, not re-chained), moves each
 * identity sequence past the highest id and checks every table's row count against the manifest. It needs a
 * superuser connection (the embedded database's {@code postgres}); for an external server use {@code pg_dump}
 * (docs/operations.md).
 */
public final class DatabaseDump {

    /** Value of the manifest's {@code format}. */
    public static final String FORMAT = "claimdesk-dump";

    private static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatabaseDump() {
    }

    /** Row counts per table, as the manifest lists them. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
    }

    /**
     * Writes the dump to {@code target} (to a temporary file beside it first; the file appears complete or not
     * at all).
     *
     * @throws IOException  when writing fails
     * @throws SQLException when reading the database fails
     */
    public static Summary dump(DataSource dataSource, Path target) throws IOException, SQLException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".claimdesk-dump-", ".part");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            Summary summary;
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(file)) {
                summary = write(c, zip);
            } finally {
                c.rollback();
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Summary write(Connection c, ZipOutputStream zip) throws SQLException, IOException {
        String version = schemaVersion(c);
        Map<String, List<String>> tables = tables(c);
        Map<String, Long> rows = new LinkedHashMap<>();
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("schemaVersion", version);
        manifest.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        ObjectNode tableNodes = manifest.putObject("tables");
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            long count = count(c, t.getKey());
            rows.put(t.getKey(), count);
            ObjectNode node = tableNodes.putObject(t.getKey());
            node.put("rows", count);
            t.getValue().forEach(node.putArray("columns")::add);
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            zip.putNextEntry(new ZipEntry("tables/" + t.getKey() + ".copy"));
            copy.copyOut("copy " + quote(t.getKey()) + " (" + columnList(t.getValue()) + ") to stdout",
                    new NonClosing(zip));
            zip.closeEntry();
        }
        return new Summary(version, rows);
    }

    /**
     * Restores a dump written by {@link #dump} into this instance, in one transaction.
     *
     * @throws ValidationException when the file is not a Claimdesk dump, is of another schema version, or names
     *                             tables or columns this database does not have
     * @throws ConflictException   when the instance already holds articles, claims or sources
     * @throws IOException         when reading the file fails
     * @throws SQLException        when the database refuses the restore (nothing is changed)
     */
    public static Summary restore(DataSource dataSource, Path source) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(source.toFile()); Connection c = dataSource.getConnection()) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw ValidationException.of("dump.manifest.missing", source, MANIFEST);
            }
            JsonNode manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = JSON.readTree(in);
            }
            if (!FORMAT.equals(manifest.path("format").asText())) {
                throw ValidationException.of("dump.format", source, FORMAT);
            }
            c.setAutoCommit(false);
            try {
                Summary summary = restore(c, zip, manifest);
                c.commit();
                return summary;
            } catch (SQLException | RuntimeException | IOException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static Summary restore(Connection c, ZipFile zip, JsonNode manifest) throws SQLException, IOException {
        String version = schemaVersion(c);
        String dumped = manifest.path("schemaVersion").asText();
        if (!version.equals(dumped)) {
            throw ValidationException.of("dump.schemaVersion", dumped, version);
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from article) or exists (select 1 from claim) "
                     + "or exists (select 1 from source)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw ConflictException.of("dump.notEmpty");
            }
        }
        Map<String, List<String>> here = tables(c);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        var it = manifest.path("tables").fields();
        while (it.hasNext()) {
            var t = it.next();
            List<String> cols = new ArrayList<>();
            t.getValue().path("columns").forEach(n -> cols.add(n.asText()));
            if (!here.containsKey(t.getKey()) || !here.get(t.getKey()).containsAll(cols)) {
                throw ValidationException.of("dump.table.mismatch", t.getKey());
            }
            columns.put(t.getKey(), cols);
            expected.put(t.getKey(), t.getValue().path("rows").asLong());
        }
        try (Statement s = c.createStatement()) {
            // triggers and foreign-key checks off for this transaction: rows go in exactly as they were dumped
            s.execute("set local session_replication_role = replica");
            s.execute("truncate table " + String.join(", ", here.keySet().stream().map(DatabaseDump::quote)
                    .toList()) + " restart identity cascade");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, List<String>> t : columns.entrySet()) {
            ZipEntry entry = zip.getEntry("tables/" + t.getKey() + ".copy");
            if (entry == null) {
                throw ValidationException.of("dump.table.missing", t.getKey());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                copy.copyIn("copy " + quote(t.getKey()) + " (" + columnList(t.getValue()) + ") from stdin", in);
            }
        }
        resetIdentities(c);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Long> t : expected.entrySet()) {
            long count = count(c, t.getKey());
            if (count != t.getValue()) {
                throw ValidationException.of("dump.table.count", t.getKey(), count, t.getValue());
            }
            rows.put(t.getKey(), count);
        }
        try (Statement s = c.createStatement()) {
            s.execute("set local session_replication_role = origin");
        }
        return new Summary(version, rows);
    }

    private static void resetIdentities(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns "
                     + "where table_schema = 'public' and is_identity = 'YES' order by 1")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            try (PreparedStatement p = c.prepareStatement("select setval(pg_get_serial_sequence(?, ?), "
                    + "coalesce((select max(" + quote(id[1]) + ") from " + quote(id[0]) + "), 0) + 1, false)")) {
                p.setString(1, quote(id[0]));
                p.setString(2, id[1]);
                p.execute();
            }
        }
    }

    /** The highest applied Flyway version. */
    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             // the highest version, compared numerically part by part (12.12 after 12.2): with out-of-order
             // migrations the last one installed need not be the highest
             ResultSet rs = s.executeQuery("select version from flyway_schema_history where success "
                     + "and version is not null order by string_to_array(version, '.')::int[] desc limit 1")) {
            if (!rs.next()) {
                throw ValidationException.of("dump.noSchema");
            }
            return rs.getString(1);
        }
    }

    /** Tables of the public schema (not Flyway's) with their stored (not generated) columns, by name. */
    private static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select c.relname, a.attname from pg_class c "
                     + "join pg_namespace n on n.oid = c.relnamespace "
                     + "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped "
                     + "and a.attgenerated = '' "
                     + "where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' "
                     + "order by c.relname, a.attnum")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseDump::quote).toList());
    }

    /** A quoted SQL identifier (names come from the catalog or a checked manifest, never from user input). */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Lets COPY write into a ZIP entry without closing the archive. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the ZIP entry is closed by the caller
        }
    }
}
