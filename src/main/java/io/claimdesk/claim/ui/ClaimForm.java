package io.claimdesk.claim.ui;

import io.claimdesk.core.ui.FieldDirection;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.claimdesk.claim.domain.Claim;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.core.ui.DateFields;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reviewer's fields of a claim: statement, claimant, claim date, topic tags. Fires {@link SaveEvent}; knows no
 * service. On a conflict the view keeps the input in these fields.
 */
public class ClaimForm extends FormLayout {

    private final TextArea statement = new TextArea();
    private final TextField claimant = new TextField();
    private final DatePicker claimDate = DateFields.localise(new DatePicker());
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final Set<String> tagItems = new LinkedHashSet<>();
    private int version;

    public ClaimForm(List<String> knownTags) {
        statement.setLabel(getTranslation("claim.statement"));
        statement.setHelperText(getTranslation("claim.statement.help"));
        FieldDirection.follow(statement);
        statement.setId("claim-statement");
        claimant.setLabel(getTranslation("claim.claimant"));
        claimant.setHelperText(getTranslation("claim.claimant.help"));
        FieldDirection.follow(claimant);
        claimant.setId("claim-claimant");
        claimDate.setLabel(getTranslation("claim.claimDate"));
        claimDate.setId("claim-date");
        tags.setLabel(getTranslation("claim.tags"));
        tags.setAllowCustomValue(true);
        tagItems.addAll(knownTags);
        tags.setItems(new ArrayList<>(tagItems));
        tags.addCustomValueSetListener(e -> {
            String tag = e.getDetail().strip();
            if (!tag.isEmpty()) {
                tagItems.add(tag);
                Set<String> selected = new LinkedHashSet<>(tags.getValue());
                selected.add(tag);
                tags.setItems(new ArrayList<>(tagItems));
                tags.setValue(selected);
            }
        });
        tags.setId("claim-tags");
        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-claim");
        add(statement, 2);
        add(claimant, claimDate, tags, save);
    }

    public void show(Claim c) {
        statement.setValue(c.statement());
        claimant.setValue(c.claimant() == null ? "" : c.claimant());
        claimDate.setValue(c.claimDate());
        tagItems.addAll(c.tags());
        tags.setItems(new ArrayList<>(tagItems));
        tags.setValue(new LinkedHashSet<>(c.tags()));
        version = c.version();
    }

    public ClaimFields fields() {
        return new ClaimFields(statement.getValue(), claimant.getValue(), claimDate.getValue(),
                new ArrayList<>(tags.getValue()));
    }

    public int version() {
        return version;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asked to save. */
    public static class SaveEvent extends ComponentEvent<ClaimForm> {
        SaveEvent(ClaimForm source) {
            super(source, false);
        }
    }
}
