package io.claimdesk.core.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchUiTest extends KaribuTest {

    @Autowired
    UiLanguage language;

    @Test
    void choosing_arabic_makes_the_ui_right_to_left_and_is_remembered() {
        login("lang-checker", Role.CHECKER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class, s -> s.withId("home-greeting")).getText()).startsWith("Welcome");

        language.switchTo("ar");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(UiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.RIGHT_TO_LEFT);

        // a new UI (page reload) for the same user comes up in Arabic and right-to-left
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(_get(H2.class, s -> s.withId("home-greeting")).getText()).startsWith("مرحبا");
        assertThat(accounts.ensure("lang-checker", Role.CHECKER).uiLanguage()).isEqualTo("ar");

        language.switchTo("en");
        assertThat(UiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(accounts.ensure("lang-checker", Role.CHECKER).uiLanguage()).isEqualTo("en");
        assertThat(_get(MenuBar.class, s -> s.withId("user-menu"))).isNotNull();
    }
}
