package io.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowAction;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.ReviewService;
import io.claimdesk.review.domain.ReviewState;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * The workflow actions of the claim page, in its header (issue 16 workspace): the transitions the signed-in user may
 * take now (each with its dialog), "take and start" in one step for a NEW claim (no dialog:
 * {@link ClaimWorkflowService#takeAndStart}), and "assign" for supervisors.
 */
@SpringComponent
@Scope("prototype")
public class WorkflowActions extends HorizontalLayout implements ClaimPageSection {

    private final ReviewService review;
    private final ClaimWorkflowService workflow;
    private final RatingService ratings;
    private final CurrentUser currentUser;

    private long claimId = -1;
    private Runnable onChange = () -> {
    };
    private @Nullable ReviewState state;

    public WorkflowActions(ReviewService review, ClaimWorkflowService workflow, RatingService ratings,
                           CurrentUser currentUser) {
        this.review = review;
        this.workflow = workflow;
        this.ratings = ratings;
        this.currentUser = currentUser;
        setId("workflow-actions");
        addClassName("cd-workflow-actions");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(false);
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
        this.onChange = onChange;
        refresh();
    }

    @Override
    public void refreshClaim() {
        refresh();
    }

    /** Reads the claim again and redraws the buttons; returns the version now stored. */
    int refresh() {
        removeAll();
        ReviewState s = review.state(claimId);
        state = s;
        for (WorkflowAction action : WorkflowAction.values()) {
            if (!s.actions().contains(action)) {
                continue;
            }
            Long assignee = s.claim().assigneeId();
            if (action == WorkflowAction.START && (assignee == null
                    || currentUser.find().map(me -> me.id() == assignee).orElse(false))) {
                add(takeAndStart(s));
                continue;
            }
            Button b = new Button(getTranslation("review.action." + action.wireName()), icon(action).create(),
                    e -> open(action));
            b.setId("workflow-action-" + action.wireName().replace('_', '-'));
            if (action == WorkflowAction.APPROVE || action == WorkflowAction.PROPOSE) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(b);
        }
        if (currentUser.has(Role.SUPERVISOR)) {
            Button assign = new Button(getTranslation("review.assign"), VaadinIcon.USER_CHECK.create(),
                    e -> openAssign());
            assign.setId("workflow-assign");
            add(assign);
        }
        return s.claim().version();
    }

    /** Start; on a claim nobody has, labelled "Take and start" (one step, one history trail). */
    private Button takeAndStart(ReviewState s) {
        boolean take = s.claim().assigneeId() == null;
        Button b = new Button(getTranslation(take ? "review.takeAndStart" : "review.action.start"),
                VaadinIcon.PLAY.create(), e -> {
            try {
                workflow.takeAndStart(claimId, s.claim().version());
                Notifications.success(getTranslation(take ? "review.done.takeAndStart" : "review.done.start"));
            } catch (ConflictException | NotFoundException | AccessDeniedException ex) {
                ErrorMessages.show(this, ex);
            }
            refresh();
            onChange.run();
        });
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.setId("workflow-take-start");
        return b;
    }

    private void openAssign() {
        ReviewState s = state;
        if (s == null) {
            return;
        }
        Dialog d = new Dialog(getTranslation("review.assign"));
        d.setId("assign-dialog");
        ComboBox<ReviewService.Assignee> who = new ComboBox<>(getTranslation("review.assignee"));
        List<ReviewService.Assignee> people = review.assignees();
        who.setItems(people);
        who.setItemLabelGenerator(ReviewService.Assignee::displayName);
        Long current = s.claim().assigneeId();
        people.stream().filter(p -> current != null && p.id() == current).findFirst().ifPresent(who::setValue);
        who.setId("assign-person");
        who.setWidthFull();
        Button ok = new Button(getTranslation("review.assign"), e -> {
            if (who.getValue() == null) {
                who.setInvalid(true);
                who.setErrorMessage(getTranslation("review.assign.choose"));
                return;
            }
            try {
                workflow.assign(List.of(claimId), who.getValue().id());
                d.close();
                Notifications.success(getTranslation("review.done.assign", who.getValue().displayName()));
                refresh();
                onChange.run();
            } catch (ValidationException | NotFoundException | AccessDeniedException ex) {
                ErrorMessages.show(this, ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("assign-confirm");
        d.add(who);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private static VaadinIcon icon(WorkflowAction action) {
        return switch (action) {
            case START -> VaadinIcon.PLAY;
            case PROPOSE -> VaadinIcon.PAPERPLANE;
            case APPROVE -> VaadinIcon.CHECK;
            case REQUEST_CHANGES -> VaadinIcon.ARROW_BACKWARD;
            case DISMISS -> VaadinIcon.BAN;
            case REOPEN -> VaadinIcon.ROTATE_LEFT;
        };
    }

    private void open(WorkflowAction action) {
        ReviewState s = state;
        if (s == null) {
            return;
        }
        new TransitionDialog(workflow, ratings, claimId, action, s.claim().verdict(), s.claim().rationale(),
                s.claim().version(), this::refresh, () -> {
            refresh();
            onChange.run();
        }).open();
    }
}
