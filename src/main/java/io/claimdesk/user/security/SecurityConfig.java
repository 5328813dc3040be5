package io.claimdesk.user.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.claimdesk.user.domain.AccountAuthenticationProvider;
import io.claimdesk.user.domain.ApiTokenAuthentication;
import io.claimdesk.user.domain.ApiTokenScope;
import io.claimdesk.user.domain.ApiTokenService;
import io.claimdesk.user.domain.LoginThrottledException;
import io.claimdesk.user.domain.TotpPendingAuthentication;
import io.claimdesk.user.ui.LoginView;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.io.IOException;

/**
 * Three filter chains: {@code /checks/**} is the public fact-check site, anonymous GET only (see
 * {@link #publicChecksChain}); over the accounts, {@code /api/**} is stateless, signed in by a personal access token
 * ({@code Authorization: Bearer}, see {@link ApiTokenFilter}; a READ token may only GET) or HTTP Basic, without
 * CSRF (for scripts), answering 401/403/429 as {@code application/problem+json} and never with a Basic challenge
 * (no browser password prompt); everything else is the Vaadin application with its
 * login view, configured by Vaadin's {@link VaadinSecurityConfigurer}. Method security
 * ({@code @PreAuthorize}, see {@link MethodSecurityConfig}) enforces permissions in services, so the UI, the API
 * and the command line obey the same rules.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /**
     * Content-Security-Policy of every answer. Vaadin Flow runs inline bootstrap scripts and JavaScript built at run
     * time ({@code executeJs}), and its components set inline styles, hence {@code 'unsafe-inline'} and
     * {@code 'unsafe-eval'} for scripts and {@code 'unsafe-inline'} for styles; everything else is this origin only
     * (images and fonts also {@code data:} and {@code blob:}, as the reports and Vaadin's icons use them), no
     * plug-ins, no framing, forms post only here.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Browser features the workbench never uses, switched off (W3C Permissions Policy). */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * Headers of both chains: CSP, {@code Referrer-Policy: same-origin}, Permissions-Policy, and Spring Security's
     * defaults (nosniff, frame DENY, no-cache for dynamic answers, and HSTS for one year on answers over TLS only,
     * RFC 6797; behind a TLS proxy set {@code SERVER_FORWARD_HEADERS_STRATEGY=native} so requests count as secure).
     */
    static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }

    /**
     * Content Security Policy of the public fact-check pages: nothing but their own style sheets, web font and
     * images (the publisher's logo may live anywhere on https); no script runs (the JSON-LD block is data, not
     * script); no framing, no foreign form targets.
     */
    public static final String PUBLIC_CSP = "default-src 'none'; style-src 'self'; font-src 'self'; "
            + "img-src 'self' https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The public fact-check site ({@code /checks}, {@code /checks/**}: pages, index, Atom feed, their style sheets
     * and font): anonymous GET (and HEAD) only, stateless (no session is created or read, so every reader sees the
     * same published pages), under {@link #PUBLIC_CSP}; any other method answers 405. Nothing else of the workbench
     * is reachable without signing in: the other chains match every other path.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicChecksChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/checks", "/checks/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/checks", "/checks/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/checks", "/checks/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                // the public site is read-only: any other method answers 405 (never a login redirect)
                .exceptionHandling(x -> x.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("Allow", "GET, HEAD");
                    response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
                }))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CSP))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        // the pages set their own Cache-Control (public, a few minutes)
                        .cacheControl(cache -> cache.disable()))
                .build();
    }

    /** The 401 detail for HTTP Basic of an account that signs in with a second factor (or must enrol one). */
    public static final String SECOND_FACTOR_NEEDS_TOKEN = "This account signs in with a second factor (TOTP), which "
            + "HTTP Basic cannot carry: use a personal access token (Authorization: Bearer), made under My account.";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, ApiTokenService tokens) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            if (e instanceof LoginThrottledException t) {
                response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
                problem(json, response, HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), "auth.throttled");
                return;
            }
            // a Bearer challenge: browsers show no password prompt for it (HTTP Basic still works when sent)
            response.setHeader("WWW-Authenticate", ApiTokenFilter.INVALID.equals(e.getMessage())
                    ? "Bearer realm=\"Claimdesk\", error=\"invalid_token\"" : "Bearer realm=\"Claimdesk\"");
            String message = e.getMessage();
            boolean generic = message == null || message.equals(AccountAuthenticationProvider.BAD_CREDENTIALS)
                    || message.startsWith("Full authentication is required");
            problem(json, response, HttpStatus.UNAUTHORIZED, generic
                    ? "Sign in with an API token (Authorization: Bearer) or HTTP Basic: a valid username and "
                    + "password are required." : message,
                    ApiTokenFilter.INVALID.equals(message) ? "auth.tokenInvalid" : "auth.required");
        };
        headers(http);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        .anyRequest().access((authentication, context) -> new AuthorizationDecision(
                                isSignedIn(authentication.get()) && !isReadOnlyToken(authentication.get()))))
                .addFilterBefore(new ApiTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                // HTTP Basic cannot carry a second factor: accounts with TOTP use personal access tokens
                .addFilterAfter((request, response, chain) -> {
                    if (SecurityContextHolder.getContext().getAuthentication()
                            instanceof TotpPendingAuthentication) {
                        SecurityContextHolder.clearContext();
                        HttpServletResponse answer = (HttpServletResponse) response;
                        answer.setHeader("WWW-Authenticate", "Bearer realm=\"Claimdesk\"");
                        problem(json, answer, HttpStatus.UNAUTHORIZED, SECOND_FACTOR_NEEDS_TOKEN,
                                "auth.secondFactorNeedsToken");
                        return;
                    }
                    chain.doFilter(request, response);
                }, BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(x -> x
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> {
                            boolean readOnly = isReadOnlyToken(SecurityContextHolder.getContext().getAuthentication());
                            problem(json, response, HttpStatus.FORBIDDEN, readOnly
                                    ? "This API token has the READ scope: it can only read (GET)."
                                    : "Your role does not allow this.",
                                    readOnly ? "access.readOnlyToken" : "access.denied");
                        }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean isReadOnlyToken(Authentication authentication) {
        return authentication instanceof ApiTokenAuthentication token && token.scope() == ApiTokenScope.READ;
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // CSRF as Vaadin sets it up (its own protection covers its internal requests), but without Vaadin's
        // exemption of the login page: POST /login needs the token that Vaadin's login form sends along (it
        // reads it from the _csrf meta tags of the page).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        headers(http);
        http.authorizeHttpRequests(a -> a
                // an error page is rendered for whoever got the error: never a redirect to the login instead
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // the style sheet and web component are public files (the login page needs the style sheet)
                .requestMatchers("/frontend-static/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** Writes a problem with its stable {@code code} (issue 13): {@code auth.*} or {@code access.*}. */
    private static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail,
                                String code) throws IOException {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
