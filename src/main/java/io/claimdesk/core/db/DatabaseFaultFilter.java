package io.claimdesk.core.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Outermost servlet filter (before Spring Security): a database fault that escapes anything behind it, the
 * sign-in included, is answered at once as {@code 503} {@code application/problem+json} with {@code Retry-After},
 * instead of travelling to the container's error page (which, behind the login, turned into a 302 to
 * {@code /login}). Other errors pass through unchanged.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseFaultFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFaultFilter.class);

    private final ObjectMapper json;

    public DatabaseFaultFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<DatabaseFaults.Kind> fault = DatabaseFaults.classify(e);
            if (fault.isEmpty() || response.isCommitted()) {
                throw e;
            }
            log.warn("Database fault on {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            write(json, response, fault.get());
        }
    }

    /** Writes the 503 problem for {@code fault} (the response must not be committed yet). */
    public static void write(ObjectMapper json, HttpServletResponse response, DatabaseFaults.Kind fault)
            throws IOException {
        response.reset();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, fault.detail());
        body.setProperty("code", fault.code());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
