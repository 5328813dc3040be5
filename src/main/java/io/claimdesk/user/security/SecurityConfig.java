package io.claimdesk.user.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.claimdesk.user.domain.LoginThrottledException;
import io.claimdesk.user.ui.LoginView;
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
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;

/**
 * Three filter chains: {@code /checks/**} is the public fact-check site, anonymous GET only (see
 * {@link #publicChecksChain}); over the accounts, {@code /api/**} is stateless HTTP Basic without CSRF (for scripts),
 * answering 401/403/429 as {@code application/problem+json}; everything else is the Vaadin application with its
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
                        // the pages set their own Cache-Control (public, a few minutes)
                        .cacheControl(cache -> cache.disable()))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottledException t) {
                        response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
                        problem(json, response, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
                    } else {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Claimdesk\"");
                        problem(json, response, HttpStatus.UNAUTHORIZED,
                                e.getMessage() == null || e.getMessage().equals("Bad credentials")
                                        ? "Sign in with HTTP Basic: a valid username and password are required."
                                        : e.getMessage());
                    }
                }))
                .exceptionHandling(x -> x.accessDeniedHandler((request, response, e) ->
                        problem(json, response, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // the style sheet and web component are public files (the login page needs the style sheet)
                .requestMatchers("/frontend-static/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    private static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
