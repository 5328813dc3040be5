package io.claimdesk.user.domain;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in with an API token: the name is the owner's username, the authorities those of the owner's
 * role cut to the token's scope ({@link ApiTokenScope#authorities}).
 */
public class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final long tokenId;
    private final ApiTokenScope scope;

    public ApiTokenAuthentication(String username, Role role, long tokenId, ApiTokenScope scope) {
        super(scope.authorities(role).stream().map(SimpleGrantedAuthority::new).toList());
        this.username = username;
        this.tokenId = tokenId;
        this.scope = scope;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    public long tokenId() {
        return tokenId;
    }

    public ApiTokenScope scope() {
        return scope;
    }
}
