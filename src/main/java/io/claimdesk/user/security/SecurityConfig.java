package io.claimdesk.user.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.claimdesk.user.domain.LoginThrottledException;
import io.claimdesk.user.ui.LoginView;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;

/**
 * Two filter chains over the same accounts: {@code /api/**} is stateless HTTP Basic without CSRF (for scripts),
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
    SecurityFilterChain vaadinChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // CSRF as Vaadin sets it up (its own protection covers its internal requests), but without Vaadin's
        // exemption of the login page: POST /login needs the token that Vaadin's login form sends along (it
        // reads it from the _csrf meta tags of the page).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.authorizeHttpRequests(a -> a
                // an error page is rendered for whoever got the error: never a redirect to the login instead
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // the style sheet and web component are public files (the login page needs the style sheet)
                .requestMatchers("/frontend-static/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
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
