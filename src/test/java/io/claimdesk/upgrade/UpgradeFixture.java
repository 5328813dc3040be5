package io.claimdesk.upgrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a release's database held when its upgrade fixture was dumped ({@code upgrade/V<n>/manifest.json} beside
 * {@code claimdesk.sql}): the row count of every table, the accounts with their passwords, every claim's anchor and
 * every history event's hash. {@link UpgradeDbTest} checks a migrated copy of the dump against it; the
 * {@link UpgradeFixtureGeneratorDbTest} writes it.
 *
 * @param schemaVersion the Flyway version the release's schema was at (e.g. {@code 11})
 * @param madeWith      the PostgreSQL server and pg_dump that made the dump
 * @param rowCounts     rows per table of schema {@code public}, by table name (Flyway's own table excluded)
 * @param migrations    the Flyway migrations applied, {@code version:description:checksum}, in order
 * @param users         every account, with the password it was given
 * @param claims        every claim (removed and orphaned ones too), by id
 * @param events        every history event ({@code claim_event}), by id
 */
record UpgradeFixture(String schemaVersion, String madeWith, Map<String, Long> rowCounts, List<String> migrations,
                      List<User> users, List<Claim> claims, List<Event> events) {

    static final String SCRIPT = "claimdesk.sql";
    static final String MANIFEST = "manifest.json";
    static final String FLYWAY_TABLE = "flyway_schema_history";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** An account and the password it signs in with. */
    record User(String username, String password, String role, boolean active) {
    }

    /** A claim's anchor: code-point offsets (end exclusive) and the quote with its context. */
    record Claim(long id, long articleId, int start, int end, String quote, String prefix, String suffix,
                 String status, boolean orphaned, boolean removed) {
    }

    /** A history event and its stored hash. */
    record Event(long id, long claimId, String kind, String hash, String prevHash) {
    }

    static UpgradeFixture read(InputStream in) throws IOException {
        return JSON.readValue(in, UpgradeFixture.class);
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows per table of schema {@code public}, Flyway's history table left out (it grows with each upgrade). */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, "public", "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                if (table.equals(FLYWAY_TABLE)) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("select count(*) from public.\"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The successful Flyway migrations, {@code version:description:checksum}, in the order they ran. */
    static List<String> migrations(Connection c) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, description, checksum from public." + FLYWAY_TABLE
                     + " where success and version is not null order by installed_rank")) {
            while (rs.next()) {
                applied.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getObject(3));
            }
        }
        return applied;
    }

    /** Every claim's anchor and state, removed ones too, by id. */
    static List<Claim> claims(Connection c) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, article_id, start_cp, end_cp, quote, quote_prefix,"
                     + " quote_suffix, status, orphaned, removed from claim order by id")) {
            while (rs.next()) {
                claims.add(new Claim(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getBoolean(10)));
            }
        }
        return claims;
    }

    /** Every history event with its stored hashes, by id. */
    static List<Event> events(Connection c) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, claim_id, kind, hash, prev_hash from public.claim_event"
                     + " order by id")) {
            while (rs.next()) {
                events.add(new Event(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return events;
    }
}
