package io.claimdesk.review.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.claim.domain.ClaimEvents;
import io.claimdesk.claim.domain.ClaimLocks;
import io.claimdesk.claim.domain.ClaimOwnership;
import io.claimdesk.claim.domain.ClaimTags;
import io.claimdesk.core.domain.NotAllowedException;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.tables.AppUser;
import io.claimdesk.db.tables.records.ClaimRecord;
import io.claimdesk.user.domain.CurrentUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.CLAIM_EVENT;
import static io.claimdesk.db.Tables.EVIDENCE;

/**
 * The verification workflow of claims, enforced here so the UI and the API obey the same rules: transitions
 * ({@link ClaimWorkflow}), assignment, taking a claim, bulk dismissal and tagging, and the work lists ("my
 * claims", the review queue). Every change bumps the claim's {@code version} and appends a history event in the
 * same transaction ({@link ClaimEvents}).
 */
@Service
public class ReviewService {

    /** Most claims one bulk call may touch. */
    public static final int MAX_BULK = 500;

    private static final DateTimeFormatter UTC_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final DSLContext dsl;
    private final ClaimEvents events;
    private final CurrentUser currentUser;
    private final RatingService ratings;
    private final HistoryService history;
    private final ObjectMapper json;

    public ReviewService(DSLContext dsl, ClaimEvents events, CurrentUser currentUser, RatingService ratings,
                         HistoryService history, ObjectMapper json) {
        this.dsl = dsl;
        this.events = events;
        this.currentUser = currentUser;
        this.ratings = ratings;
        this.history = history;
        this.json = json;
    }

    /**
     * Moves a claim through the workflow. Starting an unassigned claim also assigns it to the one who starts it
     * (a {@code claim.assigned} event before the {@code status.changed} one); every step bumps the version by one.
     *
     * @param verdict         verdict code to propose (propose only; null keeps the stored one)
     * @param rationale       rationale to propose (propose only; null keeps the stored one)
     * @param reason          why (required for request_changes, dismiss and reopen); stored as the event's note
     * @param expectedVersion the claim version the caller read
     * @return the claim after the change
     * @throws NotFoundException     for an unknown or removed claim
     * @throws AccessDeniedException when the role does not allow it, or the approver proposed it (four-eyes)
     * @throws io.claimdesk.core.domain.NotAllowedException when a checker acts on a claim that another checker
     *                               created and that is not assigned to them (starting an unassigned one is open)
     * @throws ConflictException     when the version is stale (naming who changed it) or the action is not
     *                               possible in the claim's status
     * @throws ValidationException   when verdict, rationale, evidence or reason are missing
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public ClaimSummary transition(long claimId, WorkflowAction action, @Nullable String verdict,
                                   @Nullable String rationale, @Nullable String reason, int expectedVersion) {
        var me = currentUser.require();
        if (!ClaimWorkflow.roleMay(me.role(), action)) {
            throw NotAllowedException.of("workflow.supervisorOnly." + action.wireName());
        }
        ClaimRecord c = load(claimId);
        // a checker starts an unassigned claim (taking it), or acts on one they created or are assigned to
        if (!(action == WorkflowAction.START && c.getAssigneeId() == null)) {
            ClaimOwnership.requireClaim(me, claimId, c.getCreatedBy(), c.getAssigneeId(), action.wireName());
        }
        if (c.getVersion() != expectedVersion) {
            throw stale(claimId, expectedVersion, c.getVersion());
        }
        String effectiveVerdict = action == WorkflowAction.PROPOSE && !blank(verdict) ? verdict.strip()
                : c.getVerdict();
        String effectiveRationale = action == WorkflowAction.PROPOSE && !blank(rationale) ? rationale.strip()
                : c.getRationale();
        int evidence = action == WorkflowAction.PROPOSE ? evidenceCount(claimId) : 0;
        WorkflowStatus from = status(c);
        WorkflowStatus to = ClaimWorkflow.decide(new ClaimWorkflow.Attempt(from, action, me.id(), me.role(),
                c.getProposedBy(), effectiveVerdict,
                effectiveVerdict != null && ratings.isActive(effectiveVerdict), effectiveRationale,
                reason, evidence));

        Field<OffsetDateTime> now = DSL.currentOffsetDateTime();
        UpdateSetMoreStep<ClaimRecord> update = dsl.update(CLAIM)
                .set(CLAIM.STATUS, ClaimStatus.valueOf(to.name()))
                .set(CLAIM.UPDATED_AT, now)
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1));
        switch (action) {
            case PROPOSE -> update = update
                    .set(CLAIM.VERDICT, effectiveVerdict)
                    .set(CLAIM.RATIONALE, effectiveRationale)
                    .set(CLAIM.PROPOSED_BY, me.id())
                    .set(CLAIM.PROPOSED_AT, now)
                    .setNull(CLAIM.APPROVED_BY)
                    .setNull(CLAIM.APPROVED_AT);
            case APPROVE -> update = update
                    .set(CLAIM.APPROVED_BY, me.id())
                    .set(CLAIM.APPROVED_AT, now);
            case REOPEN -> update = update
                    .setNull(CLAIM.APPROVED_BY)
                    .setNull(CLAIM.APPROVED_AT);
            case START -> {
                // whoever starts an unassigned claim is the one checking it ("my claims", work per checker)
                if (c.getAssigneeId() == null) {
                    update = update.set(CLAIM.ASSIGNEE_ID, me.id());
                }
            }
            case REQUEST_CHANGES, DISMISS -> {
                // status only
            }
        }
        int rows = update.where(CLAIM.ID.eq(claimId), CLAIM.VERSION.eq(expectedVersion)).execute();
        if (rows == 0) {
            // another transaction committed a change between our read and our write
            throw stale(claimId, expectedVersion, load(claimId).getVersion());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", from.name());
        before.put("verdict", c.getVerdict());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("action", action.wireName());
        after.put("status", to.name());
        after.put("verdict", effectiveVerdict);
        if (action == WorkflowAction.PROPOSE) {
            after.put("rationale", effectiveRationale);
        }
        if (action == WorkflowAction.START && c.getAssigneeId() == null) {
            Map<String, Object> unassigned = new LinkedHashMap<>();
            unassigned.put("assigneeId", null);
            unassigned.put("assignee", null);
            events.record(claimId, me.id(), "claim.assigned", unassigned,
                    Map.of("assigneeId", me.id(), "assignee", me.displayName()), "taken on start");
        }
        events.record(claimId, me.id(), "status.changed", before, after, blank(reason) ? null : reason.strip());
        return summary(claimId);
    }

    /** The workflow fields of a claim. @throws NotFoundException for an unknown or removed claim */
    public ClaimSummary summary(long claimId) {
        return toSummary(load(claimId));
    }

    /**
     * The claim as the workflow panel shows it, with the actions the signed-in user may take now.
     *
     * @throws NotFoundException for an unknown or removed claim
     */
    @PreAuthorize("hasRole('CHECKER')")
    public ReviewState state(long claimId) {
        var me = currentUser.require();
        AppUser assignee = APP_USER.as("assignee");
        AppUser proposer = APP_USER.as("proposer");
        AppUser approver = APP_USER.as("approver");
        Record r = dsl.select(CLAIM.fields())
                .select(assignee.DISPLAY_NAME, proposer.DISPLAY_NAME, approver.DISPLAY_NAME, evidenceCountField())
                .from(CLAIM)
                .leftJoin(assignee).on(assignee.ID.eq(CLAIM.ASSIGNEE_ID))
                .leftJoin(proposer).on(proposer.ID.eq(CLAIM.PROPOSED_BY))
                .leftJoin(approver).on(approver.ID.eq(CLAIM.APPROVED_BY))
                .where(CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse())
                .fetchOptional()
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
        ClaimRecord c = r.into(CLAIM);
        WorkflowStatus status = status(c);
        Set<WorkflowAction> actions = ClaimWorkflow.available(status, me.id(), me.role(), c.getProposedBy());
        if (!ClaimOwnership.mayChange(me, c.getCreatedBy(), c.getAssigneeId())) {
            // a colleague's claim: only starting it while nobody has it (transition refuses the rest)
            actions.removeIf(a -> !(a == WorkflowAction.START && c.getAssigneeId() == null));
        }
        return new ReviewState(toSummary(c), c.getArticleId(), c.getStatement(), Arrays.asList(c.getTags()),
                r.get(assignee.DISPLAY_NAME), r.get(proposer.DISPLAY_NAME), r.get(approver.DISPLAY_NAME),
                r.get(evidenceCountField()), actions);
    }

    /**
     * Assigns claims to a person (SUPERVISOR), one {@code claim.assigned} event each; claims already assigned to
     * that person are left alone. All or nothing.
     *
     * @return how many claims changed
     * @throws NotFoundException   for an unknown claim or person
     * @throws ValidationException for an empty list, too many claims or an inactive assignee
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public int assign(Collection<Long> claimIds, long assigneeId) {
        var me = currentUser.require();
        var assignee = dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(assigneeId)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("User", assigneeId));
        if (!assignee.getActive()) {
            throw ValidationException.of("review.assignee.deactivated", assignee.getDisplayName());
        }
        int changed = 0;
        for (ClaimRecord c : lockAll(claimIds)) {
            if (c.getAssigneeId() != null && c.getAssigneeId() == assigneeId) {
                continue;
            }
            setAssignee(c, assigneeId, assignee.getDisplayName(), me.id(), null);
            changed++;
        }
        return changed;
    }

    /**
     * The signed-in checker takes a NEW claim that nobody else has.
     *
     * @throws ConflictException when the claim is not NEW or is assigned to someone else
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public ClaimSummary take(long claimId) {
        var me = currentUser.require();
        ClaimRecord c = lockAll(List.of(claimId)).get(0);
        if (status(c) != WorkflowStatus.NEW) {
            throw ConflictException.of("review.take.notNew", c.getStatus());
        }
        if (c.getAssigneeId() != null && c.getAssigneeId() != me.id()) {
            String assignee = currentUser.displayName(c.getAssigneeId());
            throw ConflictException.stale("review.take.assigned", c.getVersion(), assignee, assignee);
        }
        if (c.getAssigneeId() == null) {
            setAssignee(c, me.id(), me.displayName(), me.id(), "taken");
        }
        return summary(claimId);
    }

    /**
     * Dismisses several claims with one reason (not check-worthy), one {@code status.changed} event each. All or
     * nothing: when any claim cannot be dismissed, none is.
     *
     * @return how many claims were dismissed
     * @throws ConflictException   naming the claims that are not NEW or IN_PROGRESS
     * @throws ValidationException without a reason
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public int dismissAll(Collection<Long> claimIds, String reason) {
        var me = currentUser.require();
        List<ClaimRecord> claims = lockAll(claimIds);
        List<Long> refused = claims.stream()
                .filter(c -> !ClaimWorkflow.allowedFrom(status(c), WorkflowAction.DISMISS))
                .map(ClaimRecord::getId).toList();
        if (!refused.isEmpty()) {
            throw ConflictException.of("review.dismiss.refused",
                    refused.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        for (ClaimRecord c : claims) {
            transition(c.getId(), WorkflowAction.DISMISS, null, null, reason, c.getVersion());
        }
        return claims.size();
    }

    /**
     * Adds tags to several claims; one {@code claim.edited} event per claim that changed.
     *
     * @param tags tags to add: stripped, blank ones ignored, at most {@link ClaimTags#MAX_LENGTH} code points
     * @return how many claims changed
     */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public int addTags(Collection<Long> claimIds, Collection<String> tags) {
        List<String> clean = cleanTags(tags);
        return retag(claimIds, existing -> {
            Set<String> next = new LinkedHashSet<>(existing);
            next.addAll(clean);
            return next;
        }, "Tags added: " + String.join(", ", clean));
    }

    /** Removes tags from several claims; one {@code claim.edited} event per claim that changed. */
    @PreAuthorize("hasRole('CHECKER')")
    @Transactional
    public int removeTags(Collection<Long> claimIds, Collection<String> tags) {
        List<String> clean = cleanTags(tags);
        return retag(claimIds, existing -> {
            Set<String> next = new LinkedHashSet<>(existing);
            clean.forEach(next::remove);
            return next;
        }, "Tags removed: " + String.join(", ", clean));
    }

    /** The signed-in user's assigned claims: open ones first (by status), then the newest change first. */
    @PreAuthorize("hasRole('CHECKER')")
    public List<ClaimListItem> myClaims(int offset, int limit) {
        long me = currentUser.require().id();
        return list(CLAIM.ASSIGNEE_ID.eq(me), List.of(
                DSL.when(CLAIM.STATUS.in(ClaimStatus.APPROVED, ClaimStatus.DISMISSED), 1).otherwise(0).asc(),
                CLAIM.STATUS.asc(), CLAIM.UPDATED_AT.desc(), CLAIM.ID.desc()), offset, limit);
    }

    @PreAuthorize("hasRole('CHECKER')")
    public int myClaimsCount() {
        long me = currentUser.require().id();
        return dsl.fetchCount(CLAIM, CLAIM.ASSIGNEE_ID.eq(me).and(CLAIM.REMOVED.isFalse()));
    }

    /** The review queue: READY_FOR_REVIEW claims, the oldest proposal first (SUPERVISOR). */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<ClaimListItem> queue(int offset, int limit) {
        return list(CLAIM.STATUS.eq(ClaimStatus.READY_FOR_REVIEW),
                List.of(CLAIM.PROPOSED_AT.asc().nullsLast(), CLAIM.ID.asc()), offset, limit);
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    public int queueCount() {
        return dsl.fetchCount(CLAIM, CLAIM.STATUS.eq(ClaimStatus.READY_FOR_REVIEW).and(CLAIM.REMOVED.isFalse()));
    }

    /** Active users who can be assigned claims (checkers and supervisors), by display name. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<Assignee> assignees() {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Assignee(r.value1(), r.value2()));
    }

    /** A person claims can be assigned to. */
    public record Assignee(long id, String displayName) {
    }

    /**
     * Explains a stale version: who made the newest change to the claim and what it was (from its history).
     *
     * @return a conflict with the current version and the display name of who changed it
     */
    public ConflictException stale(long claimId, int expectedVersion, int currentVersion) {
        var last = history.latest(claimId);
        String who = last.map(HistoryEntry::actor).orElse(null);
        String what = last.map(this::describe).orElse("an edit");
        String when = last.map(e -> UTC_MINUTES.format(e.at())).orElse("");
        return who == null
                ? ConflictException.stale("review.stale.anonymous", currentVersion, null, expectedVersion,
                currentVersion)
                : ConflictException.stale("review.stale", currentVersion, who, who,
                what + (when.isEmpty() ? "" : ", " + when), expectedVersion, currentVersion);
    }

    /** A status change an event records: from (null when unknown) and to. */
    public record StatusChange(@Nullable WorkflowStatus from, WorkflowStatus to) {
    }

    /** The status change an event records, if it records one. */
    public java.util.Optional<StatusChange> statusChange(HistoryEntry e) {
        String before = field(e.before(), "status");
        String after = field(e.after(), "status");
        if (after == null || after.equals(before)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new StatusChange(before == null ? null : WorkflowStatus.valueOf(before),
                    WorkflowStatus.valueOf(after)));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** A short English description of an event: its kind, and the status change when it is one. */
    public String describe(HistoryEntry e) {
        String what = e.kind().replace('.', ' ');
        return statusChange(e).map(c -> what + (c.from() == null ? "" : " from " + words(c.from().name()))
                        + " to " + words(c.to().name()))
                .orElse(what);
    }

    private static String words(String status) {
        return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private @Nullable String field(@Nullable String jsonText, String name) {
        if (jsonText == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(jsonText).get(name);
            return node == null || node.isNull() ? null : node.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private int retag(Collection<Long> claimIds, Function<List<String>, Set<String>> change, String note) {
        var me = currentUser.require();
        List<ClaimRecord> locked = lockAll(claimIds);
        // all or nothing: one claim that is not theirs refuses the whole call
        locked.forEach(c -> ClaimOwnership.requireClaim(me, c.getId(), c.getCreatedBy(), c.getAssigneeId(),
                "tags"));
        // tags are part of what a verdict rests on: the same lock as PATCH, checked for all before any change
        locked.forEach(c -> ClaimLocks.requireEditable(c.getId(), c.getStatus()));
        int changed = 0;
        for (ClaimRecord c : locked) {
            List<String> before = Arrays.asList(c.getTags());
            List<String> after = new ArrayList<>(change.apply(before));
            if (after.equals(before)) {
                continue;
            }
            dsl.update(CLAIM)
                    .set(CLAIM.TAGS, after.toArray(String[]::new))
                    .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                    .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                    .where(CLAIM.ID.eq(c.getId()))
                    .execute();
            events.record(c.getId(), me.id(), "claim.edited", Map.of("tags", before), Map.of("tags", after), note);
            changed++;
        }
        return changed;
    }

    private static List<String> cleanTags(Collection<String> tags) {
        return ClaimTags.cleanNonEmpty(tags);
    }

    private void setAssignee(ClaimRecord c, long assigneeId, String assigneeName, long actorId,
                             @Nullable String note) {
        Long previous = c.getAssigneeId();
        dsl.update(CLAIM)
                .set(CLAIM.ASSIGNEE_ID, assigneeId)
                .set(CLAIM.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(CLAIM.VERSION, CLAIM.VERSION.plus(1))
                .where(CLAIM.ID.eq(c.getId()))
                .execute();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("assigneeId", previous);
        before.put("assignee", previous == null ? null : currentUser.displayName(previous));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("assigneeId", assigneeId);
        after.put("assignee", assigneeName);
        events.record(c.getId(), actorId, "claim.assigned", before, after, note);
    }

    /** Locks the claims (in id order, so concurrent bulk calls cannot deadlock) and returns them. */
    private List<ClaimRecord> lockAll(Collection<Long> claimIds) {
        Set<Long> ids = new LinkedHashSet<>(claimIds);
        if (ids.isEmpty()) {
            throw ValidationException.of("review.bulk.none");
        }
        if (ids.size() > MAX_BULK) {
            throw ValidationException.of("review.bulk.tooMany", MAX_BULK);
        }
        List<ClaimRecord> found = dsl.selectFrom(CLAIM).where(CLAIM.ID.in(ids), CLAIM.REMOVED.isFalse())
                .orderBy(CLAIM.ID).forUpdate().fetch();
        if (found.size() != ids.size()) {
            Set<Long> missing = new LinkedHashSet<>(ids);
            found.forEach(c -> missing.remove(c.getId()));
            throw new NotFoundException("Claim", missing.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return found;
    }

    private List<ClaimListItem> list(Condition where, List<? extends SortField<?>> order, int offset, int limit) {
        AppUser proposer = APP_USER.as("proposer");
        AppUser assignee = APP_USER.as("assignee");
        Field<Long> lastEvent = DSL.field(DSL.select(CLAIM_EVENT.ID).from(CLAIM_EVENT)
                .where(CLAIM_EVENT.CLAIM_ID.eq(CLAIM.ID)).orderBy(CLAIM_EVENT.SEQ.desc()).limit(1)).as("last_event");
        var rows = dsl.select(CLAIM.ID, CLAIM.ARTICLE_ID, CLAIM.STATEMENT, CLAIM.STATUS, CLAIM.VERDICT,
                        CLAIM.RATIONALE, CLAIM.PROPOSED_BY, proposer.DISPLAY_NAME, CLAIM.PROPOSED_AT, assignee.DISPLAY_NAME,
                        evidenceCountField(), CLAIM.UPDATED_AT, CLAIM.VERSION, lastEvent)
                .from(CLAIM)
                .leftJoin(proposer).on(proposer.ID.eq(CLAIM.PROPOSED_BY))
                .leftJoin(assignee).on(assignee.ID.eq(CLAIM.ASSIGNEE_ID))
                .where(where, CLAIM.REMOVED.isFalse())
                .orderBy(order)
                .offset(Math.max(0, offset)).limit(Math.max(1, Math.min(limit, 500)))
                .fetch();
        Map<Long, HistoryEntry> last = history.byIds(rows.stream().map(r -> r.get(lastEvent))
                        .filter(java.util.Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(HistoryEntry::id, e -> e));
        return rows.map(r -> new ClaimListItem(r.get(CLAIM.ID), r.get(CLAIM.ARTICLE_ID), r.get(CLAIM.STATEMENT),
                WorkflowStatus.valueOf(r.get(CLAIM.STATUS).getLiteral()), r.get(CLAIM.VERDICT),
                r.get(CLAIM.RATIONALE), r.get(CLAIM.PROPOSED_BY), r.get(proposer.DISPLAY_NAME), utc(r.get(CLAIM.PROPOSED_AT)),
                r.get(assignee.DISPLAY_NAME), r.get(evidenceCountField()),
                r.get(CLAIM.UPDATED_AT).withOffsetSameInstant(ZoneOffset.UTC), r.get(CLAIM.VERSION),
                r.get(lastEvent) == null ? null : last.get(r.get(lastEvent))));
    }

    private static Field<Integer> evidenceCountField() {
        return DSL.field(DSL.selectCount().from(EVIDENCE).where(EVIDENCE.CLAIM_ID.eq(CLAIM.ID)))
                .as("evidence_count");
    }

    private int evidenceCount(long claimId) {
        return dsl.fetchCount(EVIDENCE, EVIDENCE.CLAIM_ID.eq(claimId));
    }

    private ClaimRecord load(long claimId) {
        return dsl.selectFrom(CLAIM).where(CLAIM.ID.eq(claimId), CLAIM.REMOVED.isFalse()).fetchOptional()
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
    }

    private static WorkflowStatus status(ClaimRecord c) {
        return WorkflowStatus.valueOf(c.getStatus().getLiteral());
    }

    private static ClaimSummary toSummary(ClaimRecord c) {
        return new ClaimSummary(c.getId(), status(c), c.getVerdict(), c.getRationale(), c.getAssigneeId(),
                c.getProposedBy(), utc(c.getProposedAt()), c.getApprovedBy(), utc(c.getApprovedAt()),
                c.getVersion());
    }

    private static @Nullable OffsetDateTime utc(@Nullable OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
