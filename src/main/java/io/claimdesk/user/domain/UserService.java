package io.claimdesk.user.domain;

import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.db.tables.records.AppUserRecord;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Accounts: creation, role changes, deactivation and password resets (ADMIN only, enforced here so the UI
 * and the API obey the same rule), and each user's own UI language.
 */
@Service
public class UserService {

    /** Minimum password length; NIST SP 800-63B asks for at least 8 characters, we ask for 10. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final Set<String> UI_LANGUAGES = Set.of("en", "ar");

    private static final Logger log = LoggerFactory.getLogger(UserService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    public UserService(UserRepository users, PasswordEncoder encoder, CurrentUser currentUser) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> find(String filter, int offset, int limit, List<? extends SortField<?>> sort) {
        return users.find(filter, offset, limit, sort);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count(String filter) {
        return users.count(filter);
    }

    /** Active users holding exactly {@code role} (for assignment pickers). */
    public List<AppUser> activeWithRole(Role role) {
        return users.findActiveByRole(role.toDb());
    }

    /**
     * The active account named {@code username} (compared in lower case, as usernames are stored), for the
     * operator of the command line, who signs in as an account of the instance ({@code --as}); empty when there is
     * none or it is deactivated.
     */
    public java.util.Optional<AppUser> activeByUsername(String username) {
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).map(UserRepository::toUser)
                .filter(AppUser::active);
    }

    public AppUser get(long id) {
        return users.findById(id).map(UserRepository::toUser).orElseThrow(() -> new NotFoundException("User", id));
    }

    /**
     * Creates an account.
     *
     * @throws ValidationException for a malformed username, empty display name or short password
     * @throws ConflictException   when the username is taken
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser create(String username, String displayName, String password, Role role) {
        return createUnchecked(username, displayName, password, role);
    }

    /** Creates an account without an admin signed in: only for first start and demo mode. */
    @Transactional
    AppUser createUnchecked(String username, String displayName, String password, Role role) {
        String name = normaliseUsername(username);
        if (displayName.isBlank()) {
            throw ValidationException.of("user.displayName.empty");
        }
        checkPassword(password);
        if (users.findByUsername(name).isPresent()) {
            throw ConflictException.of("user.username.taken", name);
        }
        try {
            return UserRepository.toUser(users.insert(name, displayName.strip(), encoder.encode(password), role));
        } catch (DuplicateKeyException e) {
            throw ConflictException.of("user.username.taken", name);
        }
    }

    /**
     * Changes display name, role or active flag of an account. Fields left null stay as they are.
     *
     * @throws ConflictException   when {@code version} is stale, or when the change would leave no active admin
     * @throws ValidationException for an empty display name
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser update(long id, int version, @Nullable String displayName, @Nullable Role role,
                          @Nullable Boolean active) {
        AppUserRecord r = load(id);
        if (displayName != null) {
            if (displayName.isBlank()) {
                throw ValidationException.of("user.displayName.empty");
            }
            r.setDisplayName(displayName.strip());
        }
        boolean wasAdmin = r.getRole() == UserRole.ADMIN && r.getActive();
        if (role != null) {
            r.setRole(role.toDb());
        }
        if (active != null) {
            r.setActive(active);
        }
        boolean isAdmin = r.getRole() == UserRole.ADMIN && r.getActive();
        if (wasAdmin && !isAdmin && users.findActiveByRole(UserRole.ADMIN).size() <= 1) {
            throw ConflictException.of("user.lastAdmin");
        }
        store(r, version);
        log.info("User {} updated by {}: role={}, active={}", r.getUsername(), currentUser.require().username(),
                r.getRole(), r.getActive());
        return get(id);
    }

    /**
     * Changes display name, role, active flag and password of an account in one transaction: all of it or nothing
     * (issue 12: a refused password used to leave the display name changed). Fields left null stay as they are;
     * an empty password sets a random one ({@link #resetPassword}).
     *
     * @return the account after the change
     * @throws ConflictException   as {@link #update}
     * @throws ValidationException for an empty display name or a password the rules refuse (checked before
     *                             anything is written)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser change(long id, int version, @Nullable String displayName, @Nullable Role role,
                          @Nullable Boolean active, @Nullable String password) {
        if (password != null && !password.isEmpty()) {
            checkPassword(password);
        }
        int current = version;
        if (displayName != null || role != null || active != null) {
            current = update(id, current, displayName, role, active).version();
        }
        if (password != null) {
            resetPassword(id, current, password);
        }
        return get(id);
    }

    /**
     * Sets a new password for an account.
     *
     * @param newPassword the new password, or null to generate a random one
     * @return the password that is now valid (shown once to the admin)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id, int version, @Nullable String newPassword) {
        String password = newPassword == null || newPassword.isEmpty() ? randomPassword() : newPassword;
        checkPassword(password);
        AppUserRecord r = load(id);
        r.setPasswordHash(encoder.encode(password));
        store(r, version);
        log.info("Password of {} reset by {}", r.getUsername(), currentUser.require().username());
        return password;
    }

    /**
     * Changes the signed-in user's own password, after checking the current one.
     *
     * @throws ValidationException when the current password is wrong, or the new one breaks a rule of
     *                             {@link #checkPassword} or equals the current one
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser me = currentUser.require();
        AppUserRecord r = load(me.id());
        if (currentPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                > AccountAuthenticationProvider.BCRYPT_MAX_BYTES
                || !encoder.matches(currentPassword, r.getPasswordHash())) {
            throw ValidationException.of("user.password.wrong");
        }
        checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw ValidationException.of("user.password.same");
        }
        r.setPasswordHash(encoder.encode(newPassword));
        store(r, r.getVersion());
        log.info("{} changed their own password", me.username());
    }

    /** Remembers the signed-in user's UI language ({@code en} or {@code ar}). */
    @Transactional
    public void setOwnLanguage(String language) {
        if (!UI_LANGUAGES.contains(language)) {
            throw ValidationException.of("user.language.unsupported", language);
        }
        AppUser me = currentUser.require();
        AppUserRecord r = load(me.id());
        r.setUiLanguage(language);
        store(r, r.getVersion());
    }

    /** A random password of 24 URL-safe characters (144 bits from {@link SecureRandom}). */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String normaliseUsername(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw ValidationException.of("user.username.invalid");
        }
        return name;
    }

    /**
     * Checks a new password: at least {@link #MIN_PASSWORD_LENGTH} characters and at most bcrypt's 72 bytes in
     * UTF-8 (bcrypt ignores the rest, so a longer password would be accepted with any ending).
     *
     * @throws ValidationException naming the rule that failed
     */
    static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("user.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        int bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > AccountAuthenticationProvider.BCRYPT_MAX_BYTES) {
            throw ValidationException.of("user.password.tooLong", AccountAuthenticationProvider.BCRYPT_MAX_BYTES, bytes);
        }
    }

    private AppUserRecord load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private void store(AppUserRecord r, int version) {
        if (!users.update(r, version)) {
            AppUserRecord now = load(r.getId());
            throw ConflictException.stale("user.stale", now.getVersion(), null, r.getUsername(), version,
                    now.getVersion());
        }
    }
}
