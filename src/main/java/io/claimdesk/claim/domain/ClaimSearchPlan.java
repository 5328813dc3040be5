package io.claimdesk.claim.domain;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which index plan full-text claim search uses (issue 18).
 *
 * <p>With the RUM index of migration V18_20 ({@code claim_search_rum_idx}), a relevance-ordered search reads its
 * best candidates in RUM distance order ({@code search_document <=> query}, {@link ClaimRepository#RUM_CANDIDATES}
 * of them or more for deep pages) and ranks only those with {@code ts_rank_cd}; without it (the embedded
 * PostgreSQL, a server without the {@code postgresql-15-rum} package) every match is ranked through the GIN index
 * of V10, and a warning is logged once: broad queries then take ~0.35-0.7 s at a million claims
 * (docs/benchmarks.md, (2)).
 *
 * <p>Setting {@code claimdesk.search.rum}: {@code auto} (default: RUM when the index exists) or {@code off}.
 */
@Component
public class ClaimSearchPlan {

    private static final Logger log = LoggerFactory.getLogger(ClaimSearchPlan.class);
    static final String RUM_INDEX = "claim_search_rum_idx";

    private final DSLContext dsl;
    private final boolean allowed;
    private volatile Boolean rum;

    public ClaimSearchPlan(DSLContext dsl, @Value("${claimdesk.search.rum:auto}") String setting) {
        this.dsl = dsl;
        this.allowed = !"off".equalsIgnoreCase(setting.strip());
    }

    /** Whether searches use the RUM index: allowed by the setting and the index exists (looked up once). */
    public boolean rum() {
        Boolean known = rum;
        if (known == null) {
            known = allowed && dsl.fetchExists(dsl.selectOne().from("pg_class c join pg_namespace n on n.oid = c.relnamespace")
                    .where("c.relname = ? and c.relkind = 'i' and n.nspname = current_schema()", RUM_INDEX));
            if (!known) {
                log.warn("Full-text search without the RUM index ({}): {}; every match of a query is ranked through "
                                + "the GIN index (slow for broad queries on large archives, docs/operations.md)", RUM_INDEX,
                        allowed ? "the index does not exist (extension rum not installed on the server)"
                                : "claimdesk.search.rum=off");
            }
            rum = known;
        }
        return known;
    }
}
