package io.claimdesk.report.domain;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.ARTICLE;
import static io.claimdesk.db.Tables.ARTICLE_LINK;
import static io.claimdesk.db.Tables.ARTICLE_REVISION;
import static io.claimdesk.db.Tables.ARTICLE_UPLOAD;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static io.claimdesk.db.Tables.CLAIM_GROUP;
import static io.claimdesk.db.Tables.COMMENT;
import static io.claimdesk.db.Tables.EVIDENCE;
import static io.claimdesk.db.Tables.RATING;
import static io.claimdesk.db.Tables.SOURCE;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.user.domain.UserService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Full export of the workbench's content as one JSON document, and its restore into an empty instance.
 *
 * <p>Shape ({@value #FORMAT}, {@code schemaVersion} {@value #SCHEMA_VERSION}):
 * <pre>{@code
 * {"format":"claimdesk-export","schemaVersion":1,"exportedAt":"2025-05-01T10:00:00Z",
 *  "users":[{"id":1,"username":"…","display_name":"…","role":"ADMIN","active":true,"ui_language":"en"}],
 *  "ratings":[…],"articles":[…],"articleUploads":[…],"articleRevisions":[…],"claimGroups":[…],"claims":[…],
 *  "sources":[…],"evidence":[…],"comments":[…],"claimEvents":[…]}
 * }</pre>
 * Sections hold rows in primary-key order (history events by claim, then in chain order {@code seq}), keyed by
 * column name, with every stored column of the table as jOOQ
 * generated it: numbers and booleans as JSON values, {@code timestamptz} as ISO 8601 in UTC (microseconds),
 * {@code date} as {@code yyyy-MM-dd}, {@code bytea} (raw uploads) as base64, {@code jsonb} as nested JSON, enums
 * by their literal, arrays as JSON arrays. Claim anchors are the claim columns (quote, prefix, suffix, start and
 * end code points); history events keep {@code prev_hash} and {@code hash}. Users are exported without password
 * hashes.
 *
 * <p>Restore ({@link #importFrom}) refuses an instance that holds content (articles, claims, sources, claim groups)
 * with {@link ConflictException}. Users are matched by username; a missing account is created with its exported id
 * when that id is free, deactivated, with a random password (an admin must reset it). Rows are inserted with
 * their original ids ({@code OVERRIDING SYSTEM VALUE}), the verdict scale replaces the instance's scale, history
 * events are inserted in the export's order (chain order; id order in exports written before V12_1) so the
 * database trigger draws the same {@code seq}, each with its exported link ({@code prev_hash}, translated to the
 * restored hash of the event it names when a remapped user changed that hash), the trigger recomputes each hash
 * and it is compared with the exported one; identity sequences are moved past the highest id. Everything happens in one
 * transaction: any error leaves the instance unchanged.
 */
public final class WorkbenchBackup {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "claimdesk-export";
    /** Version of the document shape; bumped on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private record Section(String name, Table<? extends Record> table) {
    }

    /** Tables in dependency order (a row's references come before it). */
    private static final List<Section> SECTIONS = List.of(
            new Section("ratings", RATING),
            new Section("articles", ARTICLE),
            new Section("articleUploads", ARTICLE_UPLOAD),
            new Section("articleRevisions", ARTICLE_REVISION),
            new Section("articleLinks", ARTICLE_LINK),
            new Section("claimGroups", CLAIM_GROUP),
            new Section("claims", CLAIM),
            new Section("sources", SOURCE),
            new Section("evidence", EVIDENCE),
            new Section("comments", COMMENT),
            new Section("claimEvents", CLAIM_EVENT));

    private static final List<TableField<?, ?>> USER_FIELDS = List.of(APP_USER.ID, APP_USER.USERNAME,
            APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.ACTIVE, APP_USER.UI_LANGUAGE);

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * Columns PostgreSQL computes itself ({@code GENERATED ALWAYS AS ... STORED}, V10; {@code statement_changed_at},
     * set by V18_21's trigger on every insert): never exported, never inserted. jOOQ's open-source code generator
     * does not mark them as computed, so they are named here.
     */
    static final java.util.Set<String> GENERATED_COLUMNS = java.util.Set.of("claim.statement_normalized",
            "claim.search_document", "article.search_document", "claim.statement_changed_at");

    private final DSLContext dsl;
    private final ObjectMapper json;
    private final UnaryOperator<String> passwordEncoder;

    /**
     * @param passwordEncoder hashes a password for {@code app_user.password_hash} (Spring Security's encoder)
     */
    public WorkbenchBackup(DSLContext dsl, UnaryOperator<String> passwordEncoder) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.json = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** What an import did. */
    public record ImportSummary(int users, int usersCreated, int usersRemapped, Map<String, Integer> rows,
                                int historyEvents, int historyHashesVerified, int historyHashesChanged) {
    }

    // ------------------------------------------------------------------ export

    /**
     * Writes the export to {@code out}, streaming table by table (one row in memory at a time). Does not close
     * {@code out}.
     *
     * @throws IOException when writing fails
     */
    public void export(OutputStream out, OffsetDateTime exportedAt) throws IOException {
        try (JsonGenerator gen = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartObject();
            gen.writeStringField("format", FORMAT);
            gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
            gen.writeStringField("exportedAt", exportedAt.withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP));
            try {
                dsl.transaction(tx -> {
                    DSLContext d = tx.dsl();
                    gen.writeArrayFieldStart("users");
                    try (Stream<? extends Record> rows = d.select(USER_FIELDS).from(APP_USER).orderBy(APP_USER.ID)
                            .fetchSize(ClaimExportRepository.FETCH_SIZE).fetchStream()) {
                        rows.forEach(r -> writeRow(gen, r, USER_FIELDS));
                    }
                    gen.writeEndArray();
                    for (Section section : SECTIONS) {
                        List<Field<?>> fields = storedFields(section.table());
                        gen.writeArrayFieldStart(section.name());
                        try (Stream<? extends Record> rows = d.selectFrom(section.table())
                                .orderBy(exportOrder(section.table()))
                                .fetchSize(ClaimExportRepository.FETCH_SIZE).fetchStream()) {
                            rows.forEach(r -> writeRow(gen, r, fields));
                        }
                        gen.writeEndArray();
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            gen.writeEndObject();
        }
    }

    private static void writeRow(JsonGenerator gen, Record r, List<? extends Field<?>> fields) {
        try {
            gen.writeStartObject();
            for (Field<?> f : fields) {
                gen.writeFieldName(f.getName());
                writeValue(gen, f, r.get(f));
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonGenerator gen, Field<?> field, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Long l) {
            gen.writeNumber(l);
        } else if (value instanceof Integer i) {
            gen.writeNumber(i);
        } else if (value instanceof Short s) {
            gen.writeNumber(s);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Float f) {
            gen.writeNumber(f);
        } else if (value instanceof Double d) {
            gen.writeNumber(d);
        } else if (value instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (value instanceof OffsetDateTime t) {
            gen.writeString(t.withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP));
        } else if (value instanceof LocalDate d) {
            gen.writeString(d.toString());
        } else if (value instanceof byte[] bytes) {
            gen.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof JSONB j) {
            gen.writeRawValue(j.data());
        } else if (value instanceof EnumType e) {
            gen.writeString(e.getLiteral());
        } else if (value instanceof Object[] array) {
            gen.writeStartArray();
            for (Object element : array) {
                writeValue(gen, field, element);
            }
            gen.writeEndArray();
        } else {
            throw new IllegalStateException("Column " + field.getName() + " has a type the export does "
                    + "not know: " + value.getClass().getName());
        }
    }

    // ------------------------------------------------------------------ import

    /**
     * Restores an export into this (empty) instance, in one transaction.
     *
     * @param in the export document (read as a stream; not closed)
     * @return what was restored
     * @throws ConflictException   when the instance already holds content (HTTP 409)
     * @throws ValidationException when the document is not a Claimdesk export of a known schema version, is
     *                             malformed, has unknown sections or columns, or when recomputed history hashes
     *                             differ from the exported ones although every user kept their id (the file was
     *                             altered)
     */
    public ImportSummary importFrom(InputStream in) {
        return dsl.transactionResult(tx -> new Restore(tx.dsl()).run(in));
    }

    /** Whether the instance holds content an import would collide with. */
    public boolean hasContent() {
        return dsl.fetchExists(ARTICLE) || dsl.fetchExists(CLAIM) || dsl.fetchExists(SOURCE)
                || dsl.fetchExists(CLAIM_GROUP);
    }

    /** State of one restore. */
    private final class Restore {
        private final DSLContext d;
        private final Map<Long, Long> userIds = new HashMap<>();
        private final Map<String, Integer> rows = new LinkedHashMap<>();
        private int users;
        private int usersCreated;
        private int usersRemapped;
        private int events;
        private int hashesVerified;
        private int hashesChanged;
        /** Exported hash to restored hash, for the events whose hash changed (remapped users), to relink. */
        private final Map<String, String> changedHashes = new HashMap<>();

        Restore(DSLContext d) {
            this.d = d;
        }

        ImportSummary run(InputStream in) throws IOException {
            if (new WorkbenchBackup(d, passwordEncoder).hasContent()) {
                throw ConflictException.of("backup.notEmpty");
            }
            try (JsonParser p = json.getFactory().createParser(in)) {
                p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                expect(p.nextToken(), JsonToken.START_OBJECT, "/");
                boolean formatSeen = false;
                boolean versionSeen = false;
                boolean usersSeen = false;
                Set<String> done = new HashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "format" -> {
                            if (!FORMAT.equals(p.getValueAsString())) {
                                throw ValidationException.of("backup.format", FORMAT);
                            }
                            formatSeen = true;
                        }
                        case "schemaVersion" -> {
                            if (!p.currentToken().isNumeric() || p.getIntValue() != SCHEMA_VERSION) {
                                throw ValidationException.of("backup.schemaVersion", p.getText(),
                                        SCHEMA_VERSION);
                            }
                            versionSeen = true;
                        }
                        case "exportedAt" -> p.skipChildren();
                        default -> {
                            if (!formatSeen || !versionSeen) {
                                throw ValidationException.of("backup.headerFirst");
                            }
                            if (!done.add(name)) {
                                throw ValidationException.of("backup.section.twice", name);
                            }
                            if (name.equals("users")) {
                                readArray(p, name, this::user);
                                usersSeen = true;
                            } else {
                                Section section = SECTIONS.stream().filter(s -> s.name().equals(name)).findFirst()
                                        .orElseThrow(() -> ValidationException.of("backup.section.unknown", name));
                                if (!usersSeen) {
                                    throw ValidationException.of("backup.usersFirst", name);
                                }
                                readArray(p, name, row -> insert(section, row));
                            }
                        }
                    }
                }
                if (!formatSeen || !versionSeen) {
                    throw ValidationException.of("backup.headerMissing");
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw e.getLocation() == null ? ValidationException.of("backup.json")
                        : ValidationException.of("backup.json.at", e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr());
            }
            if (hashesChanged > 0 && usersRemapped == 0) {
                throw ValidationException.of("backup.altered", hashesChanged);
            }
            resetIdentities();
            return new ImportSummary(users, usersCreated, usersRemapped, Map.copyOf(rows), events, hashesVerified,
                    hashesChanged);
        }

        private interface RowHandler {
            void accept(ObjectNode row);
        }

        private void readArray(JsonParser p, String name, RowHandler handler) throws IOException {
            expect(p.currentToken(), JsonToken.START_ARRAY, name);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                expect(p.currentToken(), JsonToken.START_OBJECT, name + "[]");
                JsonNode node = json.readTree(p);
                handler.accept((ObjectNode) node);
            }
        }

        private void user(ObjectNode row) {
            long id = required(row, "id", "users").asLong();
            String username = required(row, "username", "users").asText();
            users++;
            Long existing = d.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                    .fetchOptional(APP_USER.ID).orElse(null);
            if (existing != null) {
                userIds.put(id, existing);
                if (existing != id) {
                    usersRemapped++;
                }
                return;
            }
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            values.put(APP_USER.USERNAME, username);
            values.put(APP_USER.DISPLAY_NAME, required(row, "display_name", "users").asText());
            values.put(APP_USER.ROLE, convert(row.get("role"), APP_USER.ROLE, "users"));
            values.put(APP_USER.UI_LANGUAGE, row.hasNonNull("ui_language") ? row.get("ui_language").asText() : "en");
            values.put(APP_USER.ACTIVE, false);
            values.put(APP_USER.PASSWORD_HASH, passwordEncoder.apply(UserService.randomPassword()));
            usersCreated++;
            if (d.fetchExists(APP_USER, APP_USER.ID.eq(id))) {
                long newId = d.insertInto(APP_USER).set(values).returning(APP_USER.ID).fetchSingle(APP_USER.ID);
                userIds.put(id, newId);
                usersRemapped++;
            } else {
                values.put(APP_USER.ID, id);
                insertOverriding(APP_USER, values);
                userIds.put(id, id);
            }
        }

        private void insert(Section section, ObjectNode row) {
            Table<? extends Record> table = section.table();
            if (table == RATING && !rows.containsKey(section.name())) {
                // the exported scale replaces the instance's (nothing refers to it in an empty instance)
                d.deleteFrom(RATING).execute();
            }
            Set<String> userColumns = userReferenceColumns(table);
            Map<String, Field<?>> columns = new LinkedHashMap<>();
            for (Field<?> f : storedFields(table)) {
                columns.put(f.getName(), f);
            }
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = row.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Field<?> f = columns.get(e.getKey());
                if (f == null) {
                    throw ValidationException.of("backup.column.unknown", section.name(), e.getKey());
                }
                if (table == CLAIM_EVENT && (f == CLAIM_EVENT.HASH || f == CLAIM_EVENT.SEQ)) {
                    continue; // computed by the database trigger
                }
                if (table == CLAIM_EVENT && f == CLAIM_EVENT.PREV_HASH) {
                    String link = e.getValue().asText("");
                    values.put(f, changedHashes.getOrDefault(link, link));
                    continue;
                }
                Object value = convert(e.getValue(), f, section.name());
                if (value != null && userColumns.contains(f.getName())) {
                    Long mapped = userIds.get((Long) value);
                    if (mapped == null) {
                        throw ValidationException.of("backup.user.unknown", section.name(), value);
                    }
                    value = mapped;
                }
                values.put(f, value);
            }
            if (hasIdentity(table)) {
                insertOverriding(table, values);
            } else {
                d.insertInto(table).set(values).execute();
            }
            rows.merge(section.name(), 1, Integer::sum);
            if (table == CLAIM_EVENT) {
                verifyHash(row);
            }
        }

        private void verifyHash(ObjectNode row) {
            events++;
            long id = required(row, "id", "claimEvents").asLong();
            String exported = row.hasNonNull("hash") ? row.get("hash").asText() : null;
            String recomputed = d.select(CLAIM_EVENT.HASH).from(CLAIM_EVENT).where(CLAIM_EVENT.ID.eq(id))
                    .fetchSingle(CLAIM_EVENT.HASH);
            if (Objects.equals(exported, recomputed)) {
                hashesVerified++;
            } else {
                hashesChanged++;
                if (exported != null) {
                    changedHashes.put(exported, recomputed);
                }
            }
        }

        /**
         * INSERT ... OVERRIDING SYSTEM VALUE: the identity columns are GENERATED ALWAYS, and jOOQ 3.19's DSL has no
         * clause for PostgreSQL's override, so this one statement is a plain-SQL template over jOOQ query parts
         * (table, column names and bind values all rendered and bound by jOOQ).
         */
        private void insertOverriding(Table<?> table, Map<Field<?>, Object> values) {
            List<org.jooq.QueryPart> names = new ArrayList<>();
            List<org.jooq.QueryPart> binds = new ArrayList<>();
            for (Map.Entry<Field<?>, Object> e : values.entrySet()) {
                names.add(DSL.name(e.getKey().getName()));
                binds.add(bind(e.getKey(), e.getValue()));
            }
            d.query("insert into {0} ({1}) overriding system value values ({2})",
                    table, DSL.list(names.toArray(org.jooq.QueryPart[]::new)),
                    DSL.list(binds.toArray(org.jooq.QueryPart[]::new))).execute();
        }

        @SuppressWarnings("unchecked")
        private static <T> Field<T> bind(Field<T> field, Object value) {
            return DSL.val((T) value, field.getDataType());
        }

        /**
         * Moves each identity sequence past the highest restored id. {@code setval} and
         * {@code pg_get_serial_sequence} are PostgreSQL functions jOOQ does not model; the template only names them.
         */
        private void resetIdentities() {
            List<Table<? extends Record>> tables = new ArrayList<>();
            tables.add(APP_USER);
            SECTIONS.forEach(s -> tables.add(s.table()));
            for (Table<? extends Record> table : tables) {
                Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
                if (identity == null) {
                    continue;
                }
                Field<Long> id = identity.coerce(Long.class);
                d.select(DSL.field("setval(pg_get_serial_sequence({0}, {1}), {2}, false)", Long.class,
                                DSL.inline(table.getName()), DSL.inline(identity.getName()),
                                DSL.coalesce(DSL.max(id), DSL.inline(0L)).plus(DSL.inline(1L))))
                        .from(table).fetch();
            }
        }
    }

    private static JsonNode required(ObjectNode row, String column, String section) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            throw ValidationException.of("backup.row.lacks", section, column);
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw ValidationException.of(expected == JsonToken.START_ARRAY ? "backup.expected.array"
                    : "backup.expected.object", what);
        }
    }

    private Object convert(JsonNode node, Field<?> field, String section) {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<?> type = field.getType();
        try {
            if (type == String.class) {
                return node.asText();
            } else if (type == Long.class) {
                return node.longValue();
            } else if (type == Integer.class) {
                return node.intValue();
            } else if (type == Short.class) {
                return node.shortValue();
            } else if (type == Boolean.class) {
                return node.booleanValue();
            } else if (type == Float.class) {
                return node.floatValue();
            } else if (type == Double.class) {
                return node.doubleValue();
            } else if (type == BigDecimal.class) {
                return node.decimalValue();
            } else if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(node.asText(), TIMESTAMP);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(node.asText());
            } else if (type == byte[].class) {
                return Base64.getDecoder().decode(node.asText());
            } else if (type == JSONB.class) {
                return JSONB.valueOf(json.writeValueAsString(node));
            } else if (type == UserRole.class || EnumType.class.isAssignableFrom(type)) {
                for (Object constant : type.getEnumConstants()) {
                    if (((EnumType) constant).getLiteral().equals(node.asText())) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("unknown value " + node.asText());
            } else if (type == String[].class) {
                String[] array = new String[node.size()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = node.get(i).asText();
                }
                return array;
            }
        } catch (DateTimeParseException | IllegalArgumentException | IOException e) {
            throw ValidationException.of("backup.value.invalid", section, field.getName(), node.toString());
        }
        throw ValidationException.of("backup.type.unknown", section, field.getName(), type.getName());
    }

    /**
     * The columns a table stores and the export carries: all but computed ones and those of types jOOQ does not
     * model (e.g. a {@code tsvector} search column, which the database derives again).
     */
    private static List<Field<?>> storedFields(Table<?> table) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (f.getDataType().computed() || f.getType() == Object.class
                    || GENERATED_COLUMNS.contains(table.getName() + "." + f.getName())) {
                continue;
            }
            fields.add(f);
        }
        return fields;
    }

    private static List<SortField<?>> exportOrder(Table<?> table) {
        if (table == RATING) {
            return List.of(RATING.ORDINAL.asc());
        }
        if (table == CLAIM_EVENT) {
            // chain order: the restore's trigger draws seq in insertion order
            return List.of(CLAIM_EVENT.CLAIM_ID.asc(), CLAIM_EVENT.SEQ.asc());
        }
        return table.getPrimaryKey().getFields().stream().<SortField<?>>map(Field::asc).toList();
    }

    private static Set<String> userReferenceColumns(Table<?> table) {
        Set<String> names = new HashSet<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            if (fk.getKey().getTable().getName().equals(APP_USER.getName())) {
                fk.getFields().forEach(f -> names.add(f.getName()));
            }
        }
        return names;
    }

    private static boolean hasIdentity(Table<?> table) {
        return table.getIdentity() != null;
    }
}
