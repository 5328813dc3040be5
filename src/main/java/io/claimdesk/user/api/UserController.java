package io.claimdesk.user.api;

import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserService;
import io.claimdesk.core.api.Page;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;

/** Accounts over HTTP: {@code /api/v1/me} for everyone, the rest for admins (403 otherwise). */
@RestController
@RequestMapping("/api/v1")
public class UserController {

    private final UserService users;
    private final CurrentUser currentUser;

    public UserController(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** The signed-in account. */
    public record Me(String username, String displayName, List<String> roles, String uiLanguage) {
    }

    /** An account as the API shows it (never the password hash). */
    public record UserDto(long id, String username, String displayName, String role, boolean active,
                          String uiLanguage, OffsetDateTime createdAt, int version) {
        static UserDto of(AppUser u) {
            return new UserDto(u.id(), u.username(), u.displayName(), u.role().name(), u.active(), u.uiLanguage(),
                    u.createdAt(), u.version());
        }
    }

    public record CreateUser(@NotBlank String username, @NotBlank String displayName, @NotBlank String password,
                             @NotNull Role role) {
    }

    /**
     * Changes to an account; fields left out stay as they are. {@code version} is the version read (409 when
     * stale). {@code password} resets the password.
     */
    public record PatchUser(@NotNull Integer version, @Nullable String displayName, @Nullable Role role,
                            @Nullable Boolean active, @Nullable String password) {
    }


    /** A change of the signed-in user's own password. */
    public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    @Operation(summary = "Change the signed-in user's own password (the current one is required)")
    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changePassword(@Valid @RequestBody PasswordChange body) {
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
    }

    @Operation(summary = "The signed-in account")
    @GetMapping("/me")
    public Me me() {
        AppUser me = currentUser.require();
        return new Me(me.username(), me.displayName(), List.of(me.role().name()), me.uiLanguage());
    }

    @Operation(summary = "List accounts (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/users")
    public Page<UserDto> list(@RequestParam(defaultValue = "") String q,
                              @RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "50") int limit) {
        int size = Page.limit(limit);
        int from = Page.offset(offset);
        return new Page<>(users.find(q, from, size, List.of()).stream().map(UserDto::of).toList(), from, size,
                users.count(q));
    }

    @Operation(summary = "Create an account (ADMIN)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserDto create(@Valid @RequestBody CreateUser body) {
        return UserDto.of(users.create(body.username(), body.displayName(), body.password(), body.role()));
    }

    @Operation(summary = "Change an account (ADMIN): display name, role, active, password")
    @PreAuthorize("hasRole('ADMIN')")
    @PatchMapping("/users/{id}")
    public UserDto patch(@PathVariable long id, @Valid @RequestBody PatchUser body) {
        // one transaction: a refused password leaves the other fields unchanged too
        return UserDto.of(users.change(id, body.version(), body.displayName(), body.role(), body.active(),
                body.password()));
    }
}
