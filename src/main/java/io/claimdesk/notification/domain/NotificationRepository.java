package io.claimdesk.notification.domain;

import io.claimdesk.db.enums.UserRole;
import io.claimdesk.db.tables.AppUser;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.claimdesk.db.Tables.APP_USER;
import static io.claimdesk.db.Tables.CLAIM;
import static io.claimdesk.db.Tables.NOTIFICATION;
import static io.claimdesk.db.Tables.NOTIFICATION_SETTING;

/**
 * The tables {@code notification} and {@code notification_setting} (migration V16_1), and the reads of
 * {@code claim} and {@code app_user} that decide who is told.
 */
@Repository
public class NotificationRepository {

    private final DSLContext dsl;

    public NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Who a claim's notifications go to: its assignee, proposer and creator (user ids). */
    public record ClaimParties(long claimId, @Nullable Long assigneeId, @Nullable Long proposedBy, long createdBy) {
    }

    /** Someone to e-mail: address, language ({@code en}/{@code ar}) and name. */
    public record MailRecipient(long userId, String email, String language, String displayName,
                                Set<NotificationKind> kinds) {
    }

    public Optional<ClaimParties> parties(long claimId) {
        return dsl.select(CLAIM.ID, CLAIM.ASSIGNEE_ID, CLAIM.PROPOSED_BY, CLAIM.CREATED_BY)
                .from(CLAIM).where(CLAIM.ID.eq(claimId))
                .fetchOptional(r -> new ClaimParties(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Ids of the active accounts among {@code ids}. */
    public Set<Long> active(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ID.in(ids), APP_USER.ACTIVE.isTrue())
                .fetchSet(APP_USER.ID);
    }

    /** Ids of the active accounts with these user names (lower-case). */
    public Set<Long> activeByUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.in(usernames), APP_USER.ACTIVE.isTrue())
                .fetchSet(APP_USER.ID);
    }

    /** Ids of the active supervisors and administrators (who may approve). */
    public Set<Long> activeReviewers() {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ROLE.in(UserRole.SUPERVISOR, UserRole.ADMIN), APP_USER.ACTIVE.isTrue())
                .fetchSet(APP_USER.ID);
    }

    /** Stores a notification unless the same one (recipient, event, kind) exists; answers whether it was new. */
    public boolean insert(long recipientId, NotificationKind kind, long claimId, long eventId,
                          @Nullable Long actorId, @Nullable String note) {
        return dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.RECIPIENT_ID, recipientId)
                .set(NOTIFICATION.KIND, kind.wireName())
                .set(NOTIFICATION.CLAIM_ID, claimId)
                .set(NOTIFICATION.CLAIM_EVENT_ID, eventId)
                .set(NOTIFICATION.ACTOR_ID, actorId)
                .set(NOTIFICATION.NOTE, note)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** A recipient's notifications, newest first. */
    public List<Notification> find(long recipientId, boolean unreadOnly, int limit) {
        AppUser actor = APP_USER.as("actor");
        return dsl.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.CLAIM_ID, CLAIM.STATEMENT,
                        NOTIFICATION.ACTOR_ID, actor.DISPLAY_NAME, NOTIFICATION.NOTE, NOTIFICATION.CREATED_AT,
                        NOTIFICATION.READ_AT)
                .from(NOTIFICATION)
                .join(CLAIM).on(CLAIM.ID.eq(NOTIFICATION.CLAIM_ID))
                .leftJoin(actor).on(actor.ID.eq(NOTIFICATION.ACTOR_ID))
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .and(unreadOnly ? NOTIFICATION.READ_AT.isNull() : org.jooq.impl.DSL.noCondition())
                .orderBy(NOTIFICATION.ID.desc())
                .limit(limit)
                .fetch(NotificationRepository::toNotification);
    }

    private static Notification toNotification(Record r) {
        return new Notification(r.get(NOTIFICATION.ID),
                NotificationKind.ofWireName(r.get(NOTIFICATION.KIND)).orElseThrow(),
                r.get(NOTIFICATION.CLAIM_ID), r.get(CLAIM.STATEMENT), r.get(NOTIFICATION.ACTOR_ID),
                r.get(APP_USER.as("actor").DISPLAY_NAME), r.get(NOTIFICATION.NOTE),
                utc(r.get(NOTIFICATION.CREATED_AT)), r.get(NOTIFICATION.READ_AT) == null ? null
                        : utc(r.get(NOTIFICATION.READ_AT)));
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public int unreadCount(long recipientId) {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId),
                NOTIFICATION.READ_AT.isNull());
    }

    /** Whether notification {@code id} belongs to {@code recipientId}. */
    public boolean owns(long recipientId, long id) {
        return dsl.fetchExists(NOTIFICATION, NOTIFICATION.ID.eq(id), NOTIFICATION.RECIPIENT_ID.eq(recipientId));
    }

    /** Marks one notification read (a read one keeps its first read time); answers the rows changed. */
    public int markRead(long recipientId, long id) {
        return dsl.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .where(NOTIFICATION.ID.eq(id), NOTIFICATION.RECIPIENT_ID.eq(recipientId),
                        NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    public int markAllRead(long recipientId) {
        return dsl.update(NOTIFICATION)
                .set(NOTIFICATION.READ_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId), NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    public NotificationSettings settings(long userId) {
        return dsl.select(NOTIFICATION_SETTING.EMAIL, NOTIFICATION_SETTING.EMAIL_KINDS)
                .from(NOTIFICATION_SETTING).where(NOTIFICATION_SETTING.USER_ID.eq(userId))
                .fetchOptional(r -> new NotificationSettings(r.value1(), kinds(r.value2())))
                .orElse(new NotificationSettings(null, Set.of()));
    }

    public void saveSettings(long userId, @Nullable String email, Set<NotificationKind> kinds) {
        String[] wire = kinds.stream().map(NotificationKind::wireName).sorted().toArray(String[]::new);
        dsl.insertInto(NOTIFICATION_SETTING)
                .set(NOTIFICATION_SETTING.USER_ID, userId)
                .set(NOTIFICATION_SETTING.EMAIL, email)
                .set(NOTIFICATION_SETTING.EMAIL_KINDS, wire)
                .onConflict(NOTIFICATION_SETTING.USER_ID).doUpdate()
                .set(NOTIFICATION_SETTING.EMAIL, email)
                .set(NOTIFICATION_SETTING.EMAIL_KINDS, wire)
                .set(NOTIFICATION_SETTING.UPDATED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .set(NOTIFICATION_SETTING.VERSION, NOTIFICATION_SETTING.VERSION.plus(1))
                .execute();
    }

    /** The recipients among {@code userIds} that have an e-mail address, with their language and kinds. */
    public Map<Long, MailRecipient> mailRecipients(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(APP_USER.ID, NOTIFICATION_SETTING.EMAIL, APP_USER.UI_LANGUAGE, APP_USER.DISPLAY_NAME,
                        NOTIFICATION_SETTING.EMAIL_KINDS)
                .from(NOTIFICATION_SETTING).join(APP_USER).on(APP_USER.ID.eq(NOTIFICATION_SETTING.USER_ID))
                .where(NOTIFICATION_SETTING.USER_ID.in(userIds), NOTIFICATION_SETTING.EMAIL.isNotNull(),
                        APP_USER.ACTIVE.isTrue())
                .fetch(r -> new MailRecipient(r.value1(), r.value2(), r.value3(), r.value4(), kinds(r.value5())))
                .stream().collect(Collectors.toMap(MailRecipient::userId, m -> m));
    }

    /** A claim's statement (for e-mails). */
    public String statement(long claimId) {
        return dsl.select(CLAIM.STATEMENT).from(CLAIM).where(CLAIM.ID.eq(claimId)).fetchSingle(CLAIM.STATEMENT);
    }

    /** A user's display name, or "" for an unknown id. */
    public String displayName(@Nullable Long userId) {
        if (userId == null) {
            return "";
        }
        return dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse("");
    }

    private static Set<NotificationKind> kinds(String @Nullable [] wire) {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (wire != null) {
            Arrays.stream(wire).map(NotificationKind::ofWireName).flatMap(Optional::stream).forEach(kinds::add);
        }
        return kinds;
    }
}
