package io.claimdesk.claim.domain;

import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Objects;

import static io.claimdesk.db.Tables.CLAIM;

/**
 * Who may change, dismiss or delete a claim or its evidence (issue 12, "Ownership"): a SUPERVISOR or ADMIN any; a
 * CHECKER the claims they created or are assigned to, and the evidence they added or that belongs to such a claim.
 * Taking or starting an unassigned claim is open to every checker (it makes them the assignee); comments and new
 * evidence links are contributions, open to every checker. Refusals are {@link NotAllowedException} (HTTP 403) with a code
 * {@code ownership.claim.<action>} or {@code ownership.evidence.<action>} of {@code i18n/errors*.properties}.
 */
@Component
public class ClaimOwnership {

    private final DSLContext dsl;

    public ClaimOwnership(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether {@code me} may change a claim created by {@code createdBy} and assigned to {@code assigneeId}. */
    public static boolean mayChange(AppUser me, long createdBy, @Nullable Long assigneeId) {
        return me.role().authorities().contains("ROLE_" + Role.SUPERVISOR.name())
                || createdBy == me.id() || Objects.equals(assigneeId, me.id());
    }

    /**
     * @param action what was asked: {@code change}, {@code delete}, {@code reattach}, {@code tags}, {@code start},
     *               {@code propose} or {@code dismiss} (the code {@code ownership.claim.<action>})
     * @throws NotAllowedException when {@code me} may not change the claim
     * @throws NotFoundException   for an unknown claim
     */
    public void requireClaim(AppUser me, long claimId, String action) {
        var r = dsl.select(CLAIM.CREATED_BY, CLAIM.ASSIGNEE_ID).from(CLAIM).where(CLAIM.ID.eq(claimId))
                .fetchOptional().orElseThrow(() -> new NotFoundException("Claim", claimId));
        requireClaim(me, claimId, r.value1(), r.value2(), action);
    }

    /**
     * The same check on a claim already read.
     *
     * @throws NotAllowedException when {@code me} may not change the claim
     */
    public static void requireClaim(AppUser me, long claimId, long createdBy, @Nullable Long assigneeId,
                                    String action) {
        if (!mayChange(me, createdBy, assigneeId)) {
            throw NotAllowedException.of("ownership.claim." + action, claimId);
        }
    }

    /**
     * @param action what was asked: {@code change} or {@code delete} (the code {@code ownership.evidence.<action>})
     * @throws NotAllowedException when {@code me} neither added the link nor may change its claim
     * @throws NotFoundException   for an unknown claim
     */
    public void requireEvidence(AppUser me, long evidenceId, long claimId, @Nullable Long addedBy, String action) {
        if (addedBy != null && addedBy == me.id()) {
            return;
        }
        var r = dsl.select(CLAIM.CREATED_BY, CLAIM.ASSIGNEE_ID).from(CLAIM).where(CLAIM.ID.eq(claimId))
                .fetchOptional().orElseThrow(() -> new NotFoundException("Claim", claimId));
        if (!mayChange(me, r.value1(), r.value2())) {
            throw NotAllowedException.of("ownership.evidence." + action, evidenceId, claimId);
        }
    }
}
