package io.claimdesk.review.ui;

import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.claim.domain.workflow.BulkTagging;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.ui.ClaimSelectionActions;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Bulk actions over the claims selected in a grid: assign (supervisors), dismiss with one reason, add tags,
 * remove tags. Each opens a dialog that names how many claims it will change and needs a confirmation. Put it
 * above a multi-select claims grid and call {@link #bind(Supplier, Runnable)}.
 */
@SpringComponent
@Scope("prototype")
public class BulkActionBar extends HorizontalLayout implements ClaimSelectionActions {

    private final ReviewService review;
    private final ClaimWorkflowService workflow;
    private final BulkTagging tagging;
    private final CurrentUser currentUser;
    private Supplier<Set<Long>> selected = Set::of;
    private Runnable afterChange = () -> {
    };

    public BulkActionBar(ReviewService review, ClaimWorkflowService workflow, BulkTagging tagging,
                         CurrentUser currentUser) {
        this.review = review;
        this.workflow = workflow;
        this.tagging = tagging;
        this.currentUser = currentUser;
        setId("bulk-actions");
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("flex-wrap", "wrap");
        if (currentUser.has(Role.SUPERVISOR)) {
            add(button("bulk-assign", "review.bulk.assign", VaadinIcon.USER_CHECK, this::openAssign));
        }
        add(button("bulk-dismiss", "review.bulk.dismiss", VaadinIcon.BAN, this::openDismiss),
                button("bulk-add-tags", "review.bulk.addTags", VaadinIcon.TAGS, () -> openTags(true)),
                button("bulk-remove-tags", "review.bulk.removeTags", VaadinIcon.TAG, () -> openTags(false)));
    }


    /**
     * Connects the bar to a selection.
     *
     * @param selectedClaimIds the claim ids selected now (read when a button is pressed)
     * @param afterChange      runs after a bulk action changed claims (e.g. refresh the grid)
     */
    @Override
    public void bind(Supplier<Set<Long>> selectedClaimIds, Runnable afterChange) {
        this.selected = selectedClaimIds;
        this.afterChange = afterChange;
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> {
            if (selected.get().isEmpty()) {
                Notifications.error(getTranslation("review.bulk.nothingSelected"));
                return;
            }
            action.run();
        });
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void openAssign() {
        ComboBox<ReviewService.Assignee> who = new ComboBox<>(getTranslation("review.assignee"));
        who.setItems(review.assignees());
        who.setItemLabelGenerator(ReviewService.Assignee::displayName);
        who.setId("bulk-assignee");
        who.setWidthFull();
        confirm("review.bulk.assign", who, ids -> {
            if (who.getValue() == null) {
                throw ValidationException.of("review.bulk.chooseAssignee");
            }
            return workflow.assign(ids, who.getValue().id());
        });
    }

    private void openDismiss() {
        TextArea reason = FieldDirection.follow(new TextArea(getTranslation("review.reason")));
        reason.setHelperText(getTranslation("review.reason.help.dismiss"));
        reason.setId("bulk-reason");
        reason.setWidthFull();
        confirm("review.bulk.dismiss", reason, ids -> workflow.dismissAll(ids, reason.getValue()));
    }

    private void openTags(boolean add) {
        TextField tags = new TextField(getTranslation("review.bulk.tags"));
        tags.setHelperText(getTranslation("review.bulk.tags.help"));
        tags.setId("bulk-tags");
        tags.setWidthFull();
        confirm(add ? "review.bulk.addTags" : "review.bulk.removeTags", tags, ids -> {
            List<String> list = Arrays.stream(tags.getValue().split("[,،]")).toList();
            return add ? tagging.addTags(ids, list) : tagging.removeTags(ids, list);
        });
    }

    private interface BulkCall {
        int apply(Set<Long> claimIds);
    }

    private void confirm(String titleKey, Component input, BulkCall call) {
        Set<Long> ids = Set.copyOf(selected.get());
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.setId("bulk-dialog");
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph count = new Paragraph(getTranslation("review.bulk.confirm", ids.size()));
        count.setId("bulk-count");
        Paragraph error = new Paragraph();
        error.setId("bulk-error");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        dialog.add(count, input, error);
        Button ok = new Button(getTranslation("review.bulk.apply", ids.size()), e -> {
            try {
                int changed = call.apply(ids);
                dialog.close();
                Notifications.success(getTranslation("review.bulk.done", changed));
                afterChange.run();
            } catch (ValidationException | ConflictException | NotFoundException | AccessDeniedException ex) {
                error.setText(ErrorMessages.text(this, ex));
                error.setVisible(true);
            }
        });
        ok.setId("bulk-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
