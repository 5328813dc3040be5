package io.claimdesk.review.ui;

import io.claimdesk.core.ui.FieldDirection;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.review.domain.Rating;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * Asks for what a workflow step needs (verdict and rationale to propose; a reason to send back, dismiss or
 * reopen; a confirmation otherwise) and performs it. On an optimistic-locking conflict the dialog stays open
 * with the user's input, says who changed what, and offers Reload, after which the step can be retried.
 */
final class TransitionDialog extends Dialog {

    private final ClaimWorkflowService workflow;
    private final long claimId;
    private final WorkflowAction action;
    private final IntSupplier reload;
    private final Runnable done;
    private int version;

    private final @Nullable Select<Rating> verdict;
    private final @Nullable TextArea rationale;
    private final @Nullable TextArea reason;
    private final Paragraph error = new Paragraph();
    private final Div conflict = new Div();

    /**
     * @param currentVerdict   the claim's verdict code (preselected when proposing)
     * @param currentRationale the claim's rationale (prefilled when proposing)
     * @param version          the claim version the user saw
     * @param reload           refreshes the owner's view of the claim and returns the version now stored
     * @param done             runs after a successful step
     */
    TransitionDialog(ClaimWorkflowService workflow, RatingService ratings, long claimId, WorkflowAction action,
                     @Nullable String currentVerdict, @Nullable String currentRationale, int version,
                     IntSupplier reload, Runnable done) {
        this.workflow = workflow;
        this.claimId = claimId;
        this.action = action;
        this.reload = reload;
        this.done = done;
        this.version = version;
        setHeaderTitle(getTranslation("review.action." + action.wireName()));
        setId("transition-dialog");
        setWidth("min(36rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);

        if (action == WorkflowAction.PROPOSE) {
            List<Rating> scale = ratings.list(false);
            Select<Rating> select = new Select<>();
            select.setLabel(getTranslation("review.verdict"));
            select.setItems(scale);
            select.setItemLabelGenerator(r -> r.label(ReviewBadges.locale()));
            select.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r ->
                    ReviewBadges.verdict(this, java.util.Optional.of(r), r.code())));
            scale.stream().filter(r -> r.code().equals(currentVerdict)).findFirst().ifPresent(select::setValue);
            select.setId("transition-verdict");
            select.setWidthFull();
            TextArea text = FieldDirection.follow(new TextArea(getTranslation("review.rationale")));
            text.setValue(currentRationale == null ? "" : currentRationale);
            text.setId("transition-rationale");
            text.setWidthFull();
            text.setMinHeight("8rem");
            verdict = select;
            rationale = text;
            reason = null;
            body.add(select, text);
        } else if (action == WorkflowAction.REQUEST_CHANGES || action == WorkflowAction.DISMISS
                || action == WorkflowAction.REOPEN) {
            TextArea text = FieldDirection.follow(new TextArea(getTranslation("review.reason")));
            text.setId("transition-reason");
            text.setWidthFull();
            text.setRequired(true);
            text.setHelperText(getTranslation("review.reason.help." + action.wireName()));
            verdict = null;
            rationale = null;
            reason = text;
            body.add(text);
        } else {
            verdict = null;
            rationale = null;
            reason = null;
            body.add(new Paragraph(getTranslation("review.confirm." + action.wireName())));
        }

        error.setId("transition-error");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        conflict.setId("transition-conflict");
        conflict.addClassName("cd-conflict");
        conflict.setVisible(false);
        body.add(error, conflict);
        add(body);

        Button confirm = new Button(getTranslation("review.action." + action.wireName()), e -> submit());
        confirm.setId("transition-confirm");
        confirm.addThemeVariants(action == WorkflowAction.DISMISS ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("transition-cancel");
        getFooter().add(cancel, confirm);
    }

    private void submit() {
        error.setVisible(false);
        try {
            workflow.transition(claimId, action,
                    verdict == null || verdict.getValue() == null ? null : verdict.getValue().code(),
                    rationale == null ? null : rationale.getValue(),
                    reason == null ? null : reason.getValue(), version);
            close();
            Notifications.success(getTranslation("review.done." + action.wireName()));
            done.run();
        } catch (ConflictException ex) {
            if (ex.currentVersion() != null) {
                showConflict(ex);
            } else {
                showError(ErrorMessages.text(this, ex));
            }
        } catch (ValidationException | AccessDeniedException ex) {
            showError(ErrorMessages.text(this, ex));
        }
    }

    private void showConflict(ConflictException ex) {
        conflict.removeAll();
        Paragraph who = new Paragraph(getTranslation("review.conflict.title",
                ex.changedBy() == null ? getTranslation("review.someone") : ex.changedBy()));
        who.addClassName("cd-conflict-title");
        Paragraph what = new Paragraph(ErrorMessages.text(this, ex));
        what.setId("transition-conflict-detail");
        Paragraph kept = new Paragraph(getTranslation("review.conflict.kept"));
        Button reloadButton = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), e -> {
            version = reload.getAsInt();
            conflict.setVisible(false);
        });
        reloadButton.setId("transition-reload");
        conflict.add(who, what, kept, reloadButton);
        conflict.setVisible(true);
    }

    private void showError(@Nullable String message) {
        error.setText(message == null ? getTranslation("review.error") : message);
        error.setVisible(true);
    }
}
