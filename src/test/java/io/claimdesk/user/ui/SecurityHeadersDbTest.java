package io.claimdesk.user.ui;

import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.security.SecurityConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Security headers on the UI and the API: Content-Security-Policy, Referrer-Policy, Permissions-Policy, a
 * SameSite session cookie, and HSTS only over TLS.
 */
class SecurityHeadersDbTest extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    private HttpHeaders headersOf(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).headers();
    }

    @Test
    void the_login_page_and_the_api_carry_the_security_headers() throws Exception {
        for (String path : new String[]{"/login", "/api/v1/me"}) {
            HttpHeaders h = headersOf(path);
            assertThat(h.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(h.firstValue("Permissions-Policy")).as(path)
                    .hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            // plain HTTP: no HSTS
            assertThat(h.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        assertThat(headersOf("/login").allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly"));
    }

    @Test
    void hsts_is_sent_over_tls() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MvcResult secure = mvc.perform(get("/api/v1/me").secure(true)).andReturn();
        assertThat(secure.getResponse().getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        MvcResult plain = mvc.perform(get("/api/v1/me")).andReturn();
        assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }
}
