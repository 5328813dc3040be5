package io.claimdesk.support;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;

import java.util.ArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Karibu test's UI showed as errors, collected step by step and checked at the end for the Arabic UI (issue
 * 13: no English sentence in the Arabic UI): notifications, the messages of invalid fields, the text of open dialogs,
 * and visible components whose id ends in {@code -error} or {@code -conflict}.
 */
public final class ShownErrors extends ArrayList<String> {

    /** Three or more Latin-script words in a row: an English sentence. */
    public static final Pattern LATIN_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}(\\s+[A-Za-z]{2,}){2,}");

    /** Adds the notifications shown so far and clears them. */
    public void collectNotifications() {
        addAll(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", ""))
                .toList());
        NotificationsKt.clearNotifications();
    }

    /** Adds the notifications and everything the current UI shows as an error now. */
    public void collect() {
        collectNotifications();
        walk(UI.getCurrent());
    }

    private void walk(Component c) {
        if (c instanceof HasValidation v && v.isInvalid() && v.getErrorMessage() != null
                && !v.getErrorMessage().isBlank()) {
            add(v.getErrorMessage());
        }
        if (c instanceof Dialog d && d.isOpened()) {
            add(d.getElement().getTextRecursively());
        }
        if (c.isVisible() && c.getId().filter(id -> id.endsWith("-error") || id.endsWith("-conflict")).isPresent()
                && !c.getElement().getTextRecursively().isBlank()) {
            add(c.getElement().getTextRecursively());
        }
        c.getChildren().forEach(this::walk);
    }

    /** Closes every open dialog of the current UI. */
    public static void closeDialogs() {
        LocatorJ._find(Dialog.class).forEach(Dialog::close);
    }

    /**
     * At least {@code atLeast} texts were shown, and none is an English sentence, a missing key, or the general
     * stand-in for an uncoded error.
     */
    public void assertAllArabic(int atLeast) {
        String generic = UI.getCurrent().getTranslation("error.generic");
        assertThat(this).hasSizeGreaterThanOrEqualTo(Math.max(1, atLeast)).allSatisfy(text -> {
            assertThat(text).isNotBlank();
            assertThat(LATIN_SENTENCE.matcher(text).find()).as("no English sentence in: %s", text).isFalse();
            assertThat(text).as("a translated error, not the general stand-in").doesNotContain(generic);
            assertThat(text).as("no missing key").doesNotContain("!error.")
                    .doesNotMatch("(?s).*![a-z]+\\.[a-zA-Z.]+!.*");
        });
    }
}
