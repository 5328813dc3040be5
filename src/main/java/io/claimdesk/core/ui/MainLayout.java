package io.claimdesk.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.claimdesk.core.i18n.UiLanguage;
import io.claimdesk.core.i18n.UiPreferences;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Comparator;
import java.util.List;

/**
 * The application shell: header with page title, language switch and user menu; side navigation built from the
 * features' {@link NavigationEntry} beans, filtered by the signed-in user's access to each view; features add
 * header items (the notification bell) as {@link HeaderItem} beans.
 */
@Layout
@AnonymousAllowed
@StyleSheet(ClaimdeskStyles.URL)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 title = new H1();

    public MainLayout(List<NavigationEntry> entries, AccessAnnotationChecker access, UiPreferences preferences,
                      UiLanguage language, AuthenticationContext authentication,
                      ObjectProvider<HeaderItem> headerItems) {
        setPrimarySection(Section.DRAWER);
        title.addClassName("cd-page-title");

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("cd-brand");
        SideNav nav = new SideNav();
        entries.stream()
                .filter(e -> access.hasAccess(e.view()))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .forEach(e -> {
                    String path = RouteConfiguration.forSessionScope().getUrl(e.view());
                    SideNavItem item = new SideNavItem(getTranslation(e.labelKey()), path.isEmpty() ? "/" : path,
                            e.icon().create());
                    item.setId("nav-" + e.labelKey().replace('.', '-'));
                    nav.addItem(item);
                });
        addToDrawer(brand, nav);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var languageItem = menu.addItem(getTranslation("shell.language"));
        languageItem.setId("language-menu");
        SubMenu languages = languageItem.getSubMenu();
        languages.addItem("English", e -> language.switchTo("en")).setId("language-en");
        languages.addItem("العربية", e -> language.switchTo("ar")).setId("language-ar");

        String name = preferences.displayName().orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(name));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);
        var userItem = menu.addItem(who);
        userItem.setId("account-menu");
        preferences.roleName().ifPresent(role ->
                userItem.getSubMenu().addItem(getTranslation("role." + role)).setEnabled(false));
        userItem.getSubMenu().addItem(getTranslation("shell.logout"), e -> authentication.logout())
                .setId("logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        headerItems.orderedStream()
                .filter(HeaderItem::visible)
                .sorted(Comparator.comparingInt(HeaderItem::order))
                .forEach(item -> header.add(item.asComponent()));
        header.add(menu);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("cd-header");
        addToNavbar(header);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(currentTitle());
    }

    private String currentTitle() {
        Component content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        if (content != null) {
            PageTitle annotation = content.getClass().getAnnotation(PageTitle.class);
            if (annotation != null) {
                return annotation.value();
            }
        }
        return getTranslation("app.name");
    }
}
