package io.claimdesk.user.domain;

import io.claimdesk.core.db.StableOrder;
import io.claimdesk.core.domain.LikePatterns;

import io.claimdesk.db.tables.records.AppUserRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static io.claimdesk.db.Tables.APP_USER;

/** jOOQ access to {@code app_user}. */
@Repository
public class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<AppUserRecord> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional();
    }

    public Optional<AppUserRecord> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional();
    }

    public boolean any() {
        return dsl.fetchExists(APP_USER);
    }

    public List<AppUser> find(String filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return dsl.selectFrom(APP_USER)
                .where(filterCondition(filter))
                .orderBy(StableOrder.by(sort.isEmpty() ? List.of(APP_USER.USERNAME.asc()) : sort, APP_USER.ID))
                .offset(offset).limit(limit)
                .fetch(UserRepository::toUser);
    }

    public int count(String filter) {
        return dsl.fetchCount(APP_USER, filterCondition(filter));
    }

    public List<AppUser> findActiveByRole(io.claimdesk.db.enums.UserRole role) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ROLE.eq(role), APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID).fetch(UserRepository::toUser);
    }

    private static Condition filterCondition(String filter) {
        if (filter.isBlank()) {
            return DSL.noCondition();
        }
        String like = LikePatterns.containing(filter);
        return APP_USER.USERNAME.likeIgnoreCase(like).or(APP_USER.DISPLAY_NAME.likeIgnoreCase(like));
    }

    public AppUserRecord insert(String username, String displayName, String passwordHash, Role role) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role.toDb())
                .returning().fetchSingle();
    }

    /**
     * Stores a changed record if its version is still the one read.
     *
     * @return false when another change came first (nothing written)
     */
    public boolean update(AppUserRecord changed, int expectedVersion) {
        int rows = dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, changed.getDisplayName())
                .set(APP_USER.PASSWORD_HASH, changed.getPasswordHash())
                .set(APP_USER.ROLE, changed.getRole())
                .set(APP_USER.ACTIVE, changed.getActive())
                .set(APP_USER.UI_LANGUAGE, changed.getUiLanguage())
                .set(APP_USER.UPDATED_AT, OffsetDateTime.now())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(changed.getId()), APP_USER.VERSION.eq(expectedVersion))
                .execute();
        return rows == 1;
    }

    public static AppUser toUser(AppUserRecord r) {
        return new AppUser(r.getId(), r.getUsername(), r.getDisplayName(), Role.of(r.getRole()), r.getActive(),
                r.getUiLanguage(), r.getCreatedAt(), r.getVersion());
    }
}
