package io.claimdesk.user.domain;

import io.claimdesk.core.domain.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user of the current request or Vaadin UI, read from Spring Security's context. */
@Component
public class CurrentUser {

    private final UserRepository users;

    public CurrentUser(UserRepository users) {
        this.users = users;
    }

    /** The signed-in user, if any. */
    public Optional<AppUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(auth.getName()).map(UserRepository::toUser);
    }

    /**
     * The signed-in, active user.
     *
     * @throws AccessDeniedException when nobody is signed in or the account was deactivated
     */
    public AppUser require() {
        AppUser user = find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
        if (!user.active()) {
            throw new AccessDeniedException("This account is deactivated.");
        }
        return user;
    }

    /**
     * Whether the signed-in user holds {@code role} (roles include the ones below them) and the sign-in grants it
     * (an API token's scope may grant less than its owner's role, see {@link ApiTokenScope}).
     */
    public boolean has(Role role) {
        String authority = "ROLE_" + role.name();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> authority.equals(a.getAuthority()))) {
            return false;
        }
        return find().map(u -> u.active() && u.role().authorities().contains(authority)).orElse(false);
    }

    /** The display name of user {@code id}, for history and conflict messages. */
    public String displayName(long id) {
        return users.findById(id).map(r -> r.getDisplayName())
                .orElseThrow(() -> new NotFoundException("User", id));
    }
}
