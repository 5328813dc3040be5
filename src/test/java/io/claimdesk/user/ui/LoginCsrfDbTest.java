package io.claimdesk.user.ui;

import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /login} needs its CSRF token: without it the form sign-in is refused (403) even with the right
 * password; with the token that the login page carries in its {@code _csrf} meta tags (which Vaadin's login form
 * sends along) it signs in.
 */
class LoginCsrfDbTest extends IntegrationTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @Test
    void the_form_sign_in_needs_the_csrf_token_of_the_login_page() throws Exception {
        accounts.ensure("csrf-checker", Role.CHECKER);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String token = null;
        String parameter = null;
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            } else {
                parameter = m.group(2);
            }
        }
        assertThat(token).isNotBlank();
        assertThat(parameter).isEqualTo("_csrf");

        String credentials = "username=csrf-checker&password=" + URLEncoder.encode(TestAccounts.PASSWORD,
                StandardCharsets.UTF_8);
        HttpResponse<String> withoutToken = browser.send(post(credentials), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        HttpResponse<String> withToken = browser.send(post(credentials + "&" + parameter + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
    }

    private HttpRequest post(String form) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
