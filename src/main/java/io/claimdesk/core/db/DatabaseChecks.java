package io.claimdesk.core.db;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Start-up check that the database can hold Arabic text search: UTF-8 encoding and a non-C LC_CTYPE.
 */
@Component
class DatabaseChecks {

    private static final Logger log = LoggerFactory.getLogger(DatabaseChecks.class);
    private final DSLContext dsl;

    DatabaseChecks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        var row = dsl.select(DSL.field("pg_encoding_to_char(encoding)", String.class),
                        DSL.field("datctype", String.class), DSL.field("version()", String.class))
                .from(DSL.table("pg_database"))
                .where(DSL.field("datname").eq(DSL.field("current_database()")))
                .fetchOne();
        if (row == null) {
            return;
        }
        log.info("Database: {} (encoding {}, LC_CTYPE {})", row.value3(), row.value1(), row.value2());
        if (!"UTF8".equals(row.value1()) || "C".equals(row.value2()) || "POSIX".equals(row.value2())) {
            log.warn("The database should be UTF8 with a non-C LC_CTYPE (C.UTF-8 works): Arabic search and "
                    + "similarity need it. Found encoding {} and LC_CTYPE {}.", row.value1(), row.value2());
        }
    }
}
