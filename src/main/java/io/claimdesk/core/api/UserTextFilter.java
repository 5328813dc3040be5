package io.claimdesk.core.api;

import io.claimdesk.core.text.UserText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passes every query parameter, form field and multipart text field of an API request through {@link UserText}
 * when it is read. Reading is lazy, so an upload is parsed only when a controller asks for it; a refused value
 * surfaces as {@link io.claimdesk.core.text.InvalidTextException} inside Spring MVC, which {@link ApiErrors} answers
 * with 422 naming the parameter.
 *
 * <p>Limits: {@code q} (search) {@value #QUERY_LIMIT} code points, every other parameter {@value #PARAMETER_LIMIT}
 * (the longest URL Claimdesk accepts, {@code UrlCanonicalizer.MAX_LENGTH}).
 */
public class UserTextFilter extends OncePerRequestFilter {

    /** Longest search query ({@code FullText.MAX_QUERY_LENGTH}). */
    static final int QUERY_LIMIT = 200;
    static final int PARAMETER_LIMIT = 2048;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CanonicalParameters(request), response);
    }

    static int limitOf(String name) {
        return name.equals("q") ? QUERY_LIMIT : PARAMETER_LIMIT;
    }

    private static final class CanonicalParameters extends HttpServletRequestWrapper {

        private @Nullable Map<String, String[]> parameters;

        CanonicalParameters(HttpServletRequest request) {
            super(request);
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, String[]> map = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] clean = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        clean[i] = values[i] == null ? null : UserText.canonical(name, values[i], limitOf(name));
                    }
                    map.put(name, clean);
                });
                parameters = Collections.unmodifiableMap(map);
            }
            return parameters;
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }
    }
}
