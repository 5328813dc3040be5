package io.claimdesk.review.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.claim.domain.workflow.ClaimWorkflowService;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.user.domain.CurrentUser;
import io.claimdesk.user.domain.Role;
import org.springframework.context.annotation.Scope;

/**
 * The claim page's way into the supervisor's review view (issue 16): a "Review" action at the top of the status
 * slot, shown to supervisors (and admins) while the claim waits for review; it opens {@code /review/{id}}
 * ({@link ReviewView}). Id: {@code claim-review-link}.
 */
@SpringComponent
@Scope("prototype")
public class ReviewLinkSection extends Div implements ClaimPageSection {

    private final ClaimWorkflowService workflow;
    private final CurrentUser currentUser;
    private final Button open = new Button();
    private long claimId = -1;

    public ReviewLinkSection(ClaimWorkflowService workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        this.currentUser = currentUser;
        open.setText(getTranslation("review.view.review"));
        open.setIcon(VaadinIcon.EYE.create());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("claim-review-link");
        open.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("review/" + claimId)));
        add(open);
        setVisible(false);
    }

    @Override
    public Slot slot() {
        return Slot.STATUS;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
        refreshClaim();
    }

    @Override
    public void refreshClaim() {
        boolean supervisor = currentUser.find().map(u -> u.role() != Role.CHECKER).orElse(false);
        setVisible(supervisor && claimId >= 0 && workflow.summary(claimId).status() == WorkflowStatus.READY_FOR_REVIEW);
    }
}
