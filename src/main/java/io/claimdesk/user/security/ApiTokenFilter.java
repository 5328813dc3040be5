package io.claimdesk.user.security;

import io.claimdesk.user.domain.ApiTokenAuthentication;
import io.claimdesk.user.domain.ApiTokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Signs an API request in with {@code Authorization: Bearer <token>} (RFC 6750): a valid personal access token
 * makes its owner the user of the request, with authorities cut to the token's scope; an unknown, expired or
 * revoked token is a 401 at once (no fallback to other schemes). Requests without a Bearer header pass on
 * unchanged (HTTP Basic still works).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String INVALID = "The API token is unknown, expired or revoked.";

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.authenticate(header.substring(7).strip());
        if (holder.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException(INVALID));
            return;
        }
        var h = holder.get();
        ApiTokenAuthentication auth = new ApiTokenAuthentication(h.username(), h.role(), h.tokenId(), h.scope());
        auth.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
