package io.claimdesk.user.domain;

import io.claimdesk.core.db.DatabaseFaults;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Password sign-in for the web UI and HTTP Basic alike: checks the throttle first (a locked username is refused
 * even with the right password), then the password, and records the outcome.
 */
@Component
public class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    public AccountAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(userDetailsService(users));
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    static UserDetailsService userDetailsService(UserRepository users) {
        return username -> users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(r -> (UserDetails) User.withUsername(r.getUsername())
                        .password(r.getPasswordHash())
                        .disabled(!r.getActive())
                        .authorities(Role.of(r.getRole()).authorities().stream().map(SimpleGrantedAuthority::new)
                                .toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return authenticateChecked(authentication);
        } catch (InternalAuthenticationServiceException e) {
            // a database fault is not a failed sign-in: let it through as itself (answered 503, never a redirect)
            if (e.getCause() instanceof RuntimeException cause && DatabaseFaults.classify(cause).isPresent()) {
                throw cause;
            }
            throw e;
        }
    }

    private Authentication authenticateChecked(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        var locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username);
            throw e;
        } catch (DisabledException e) {
            throw new DisabledException("This account is deactivated. Ask an administrator.", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
