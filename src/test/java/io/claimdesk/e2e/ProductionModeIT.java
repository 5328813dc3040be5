package io.claimdesk.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default build (what {@code ./mvnw spring-boot:run} and the jar serve) is Vaadin's production mode: no
 * "Development Mode" notice, no development tools or copilot in the page, and no development tooling on the class
 * path at all (the {@code dev} Maven profile adds it for UI work).
 */
class ProductionModeIT extends BrowserTest {

    private static final String DEV_TOOLING = "() => ['vaadin-dev-tools', 'copilot-main', 'vaadin-devmode-gizmo']"
            + ".filter(tag => document.querySelector(tag) !== null || customElements.get(tag) !== undefined)";

    @Test
    void login_and_workbench_pages_show_no_development_popup_or_tooling() {
        open("/login");
        assertProductionPage();
        screenshot("production-01-login");

        signIn("admin", "admin-test-password-1");
        assertProductionPage();
        assertThat(page.locator("body").innerText()).doesNotContain("Development Mode");
        screenshot("production-02-home");
    }

    @Test
    void no_development_tooling_is_on_the_class_path() {
        for (String devClass : new String[]{"com.vaadin.base.devserver.DevModeHandlerManagerImpl",
                "com.vaadin.copilot.Copilot", "com.vaadin.pro.licensechecker.LicenseChecker"}) {
            assertThat(ProductionModeIT.class.getClassLoader().getResource(devClass.replace('.', '/') + ".class"))
                    .as(devClass).isNull();
        }
    }

    private void assertProductionPage() {
        assertThat(page.evaluate("() => window.Vaadin && window.Vaadin.developmentMode === true"))
                .as("window.Vaadin.developmentMode").isEqualTo(false);
        assertThat(page.evaluate(DEV_TOOLING)).as("development tooling elements").isEqualTo(java.util.List.of());
        assertThat(page.locator("body").innerText()).doesNotContain("Development Mode");
    }
}
