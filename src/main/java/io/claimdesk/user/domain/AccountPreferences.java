package io.claimdesk.user.domain;

import io.claimdesk.core.i18n.UiPreferences;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The shell's view of the signed-in account: name, role and remembered UI language. */
@Component
class AccountPreferences implements UiPreferences {

    private final CurrentUser currentUser;
    private final UserService users;

    AccountPreferences(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.find().map(AppUser::displayName);
    }

    @Override
    public Optional<String> roleName() {
        return currentUser.find().map(u -> u.role().name());
    }

    @Override
    public Optional<String> language() {
        return currentUser.find().map(AppUser::uiLanguage);
    }

    @Override
    public void rememberLanguage(String language) {
        users.setOwnLanguage(language);
    }
}
