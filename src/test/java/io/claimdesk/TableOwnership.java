package io.claimdesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static java.util.Map.entry;

/**
 * "No feature writes another feature's tables" (docs/architecture.md, "Table ownership"), checked on the byte code.
 *
 * <p>ArchUnit sees calls and field accesses, not the arguments of a call, so the rule works per method: a method
 * <em>writes</em> when it calls a jOOQ statement that changes data ({@link #WRITES} on {@code DSLContext} or
 * {@code DSL}, or {@code store}/{@code insert}/{@code update}/{@code delete}/{@code merge} on a generated record),
 * and the tables it may write are every generated table it <em>touches</em>: a table constant
 * ({@code Tables.CLAIM}), a column of one ({@code CLAIM.STATUS}), an alias held in a field, a method of a table
 * ({@code CLAIM.as("c")}) or a generated record class ({@code ClaimRecord}). A lambda counts as part of the method
 * that holds it. Every touched table of a writing method must belong to the method's own feature, and the writer
 * must sit in that feature's {@code domain} package. This over-approximates (a method that writes {@code comment}
 * and also reads {@code claim} fails; move the read to its own method or ask the owner), which is the safe side.
 * A writing method that touches no generated table (a table passed in as a value) fails too, and so does a plain
 * SQL statement ({@code execute(String)}, {@code query(String)}), since neither can be traced to a table.
 * The one exception is the full-workbench restore, {@link #EXEMPT}, which copies every table as it is.
 */
final class TableOwnership {

    /** The feature that owns each table, by the simple name of its jOOQ generated table class. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("AppUser", "user"), entry("LoginAttempt", "user"), entry("ApiToken", "user"),
            entry("Article", "article"), entry("ArticleRevision", "article"), entry("ArticleUpload", "article"),
            entry("Claim", "claim"), entry("ClaimEvent", "claim"), entry("ClaimGroup", "claim"),
            entry("OrphanCandidate", "claim"), entry("CheckworthinessModel", "claim"), entry("ClaimNeighbours", "claim"),
            entry("Suggestion", "claim"), entry("SuggestionSource", "claim"), entry("ArticleLink", "article"),
            entry("UserTotp", "user"),
            entry("Notification", "notification"), entry("NotificationSetting", "notification"),
            entry("Source", "evidence"), entry("Evidence", "evidence"),
            entry("Rating", "review"), entry("Comment", "review"),
            entry("PublisherSettings", "report"));

    /** jOOQ calls on {@code DSLContext} / {@code DSL} that start or run a data-changing statement. */
    static final Set<String> WRITES = Set.of("insertInto", "update", "deleteFrom", "delete", "mergeInto",
            "truncate", "truncateTable", "batchInsert", "batchUpdate", "batchStore", "batchDelete", "batchMerge",
            "executeInsert", "executeUpdate", "executeDelete", "insertQuery", "updateQuery", "deleteQuery",
            "loadInto");

    /** Record methods that write their row. */
    static final Set<String> RECORD_WRITES = Set.of("store", "insert", "update", "delete", "merge");

    /** Plain-SQL statements, which no rule can trace to a table. */
    static final Set<String> PLAIN_SQL = Set.of("execute", "query");

    /**
     * Restores a whole workbench from a backup (and its nested classes): writes every table, by design (report:
     * full export/restore), with plain SQL where identity columns keep their values.
     */
    static final Set<String> EXEMPT = Set.of("io.claimdesk.report.domain.WorkbenchBackup");

    private static final String TABLES = "io.claimdesk.db.tables";
    private static final String RECORDS = "io.claimdesk.db.tables.records";
    private static final Pattern LAMBDA = Pattern.compile("lambda\\$(.+)\\$\\d+");
    private static final Pattern FEATURE = Pattern.compile("io\\.claimdesk\\.([a-z]+)\\..*");

    private TableOwnership() {
    }

    static final ArchRule RULE = classes()
            .that(new DescribedPredicate<JavaClass>("are feature classes") {
                @Override
                public boolean test(JavaClass c) {
                    return FEATURE.matcher(c.getName()).matches() && !c.getPackageName().startsWith("io.claimdesk.db");
                }
            })
            .should(writeOnlyTheirOwnTables())
            .allowEmptyShould(false);

    static ArchCondition<JavaClass> writeOnlyTheirOwnTables() {
        return new ArchCondition<>("write only the tables of their own feature, from its domain package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (EXEMPT.stream().anyMatch(e -> c.getName().equals(e) || c.getName().startsWith(e + "$"))) {
                    return;
                }
                Matcher m = FEATURE.matcher(c.getName());
                if (!m.matches()) {
                    return;
                }
                String feature = m.group(1);
                boolean inDomain = c.getPackageName().startsWith("io.claimdesk." + feature + ".domain");
                Map<String, Method> methods = new LinkedHashMap<>();
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    Matcher l = LAMBDA.matcher(unit.getName());
                    String origin = l.matches() ? l.group(1) : unit.getName();
                    Method method = methods.computeIfAbsent(origin, k -> new Method());
                    List<JavaAccess<?>> accesses = new ArrayList<>();
                    accesses.addAll(unit.getMethodCallsFromSelf());
                    accesses.addAll(unit.getConstructorCallsFromSelf());
                    accesses.addAll(unit.getFieldAccesses());
                    accesses.addAll(unit.getMethodReferencesFromSelf());
                    accesses.addAll(unit.getConstructorReferencesFromSelf());
                    for (JavaAccess<?> a : accesses) {
                        method.see(a);
                    }
                }
                methods.forEach((name, method) -> {
                    String where = c.getName() + "." + name;
                    if (method.plainSql != null) {
                        events.add(SimpleConditionEvent.violated(c, where + " runs a plain-SQL statement ("
                                + method.plainSql + "), which the table-ownership rule cannot trace"));
                    }
                    if (method.write == null) {
                        return;
                    }
                    if (method.tables.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(c, where + " writes (" + method.write
                                + ") a table it does not name with a generated table constant"));
                    }
                    for (String table : method.tables) {
                        String owner = OWNERS.get(table);
                        if (owner == null) {
                            events.add(SimpleConditionEvent.violated(c, where + " writes " + table
                                    + ", a table with no owner in TableOwnership.OWNERS / docs/architecture.md"));
                        } else if (!owner.equals(feature) || !inDomain) {
                            events.add(SimpleConditionEvent.violated(c, where + " writes (" + method.write
                                    + ") and touches table " + table + ", owned by io.claimdesk." + owner
                                    + ".domain"));
                        }
                    }
                });
            }
        };
    }

    /** What one method (with its lambdas) writes and touches. */
    private static final class Method {
        String write;
        String plainSql;
        final Set<String> tables = new TreeSet<>();

        void see(JavaAccess<?> a) {
            AccessTarget target = a.getTarget();
            JavaClass owner = target.getOwner();
            String name = target.getName();
            table(owner);
            if (target instanceof AccessTarget.FieldAccessTarget f) {
                table(f.getRawType());
            }
            if (target instanceof AccessTarget.CodeUnitAccessTarget u) {
                table(u.getRawReturnType());
                boolean jooq = owner.getName().equals("org.jooq.DSLContext")
                        || owner.getName().equals("org.jooq.impl.DSL");
                if (jooq && WRITES.contains(name)) {
                    write = name;
                }
                if (RECORD_WRITES.contains(name) && (owner.getPackageName().equals(RECORDS)
                        || owner.isAssignableTo("org.jooq.TableRecord"))) {
                    write = owner.getSimpleName() + "." + name;
                }
                if (owner.getName().equals("org.jooq.DSLContext") && PLAIN_SQL.contains(name)
                        && !u.getRawParameterTypes().isEmpty()
                        && (u.getRawParameterTypes().get(0).getName().equals("java.lang.String")
                        || u.getRawParameterTypes().get(0).getName().equals("org.jooq.SQL"))) {
                    plainSql = name;
                }
            }
        }

        private void table(JavaClass c) {
            if (c.getPackageName().equals(TABLES)) {
                tables.add(c.getSimpleName());
            } else if (c.getPackageName().equals(RECORDS) && c.getSimpleName().endsWith("Record")) {
                tables.add(c.getSimpleName().substring(0, c.getSimpleName().length() - "Record".length()));
            }
        }
    }
}
