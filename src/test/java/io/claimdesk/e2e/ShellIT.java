package io.claimdesk.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell in a real browser: sign-in, Arabic makes the whole UI right-to-left, throttling message. */
class ShellIT extends BrowserTest {

    @Test
    void arabic_ui_is_right_to_left_in_the_browser() {
        signIn("admin", "admin-test-password-1");
        screenshot("01-home-en");
        assertThat(page.evaluate("() => document.dir")).isIn("", "ltr");
        switchLanguage("ar");
        assertThat(page.evaluate("() => getComputedStyle(document.body).direction")).isEqualTo("rtl");
        assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("ar");
        assertThat(page.locator("#nav-nav-users").textContent()).contains("المستخدمون");
        screenshot("02-home-ar");
        // the choice is remembered for the user: a new page in a new session is Arabic as well
        signOut();
        signIn("admin", "admin-test-password-1");
        page.waitForFunction("() => document.dir === 'rtl'");
        switchLanguage("en");
        assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("en");
    }

    @Test
    void five_wrong_passwords_show_the_throttle_message() {
        accounts.ensure("browser-throttled", io.claimdesk.user.domain.Role.CHECKER);
        for (int i = 0; i < 5; i++) {
            open("/login");
            page.locator("input[name='username']").fill("browser-throttled");
            page.locator("input[name='password']").fill("wrong-password-" + i);
            page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
            page.waitForURL(url -> url.contains("error"));
        }
        open("/login");
        page.locator("input[name='username']").fill("browser-throttled");
        page.locator("input[name='password']").fill(io.claimdesk.user.domain.TestAccounts.PASSWORD);
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(url -> url.contains("error"));
        settle();
        assertThat(page.getByText("Too many wrong passwords in a row for this account").isVisible()).isTrue();
        screenshot("03-login-throttled");
    }
}
