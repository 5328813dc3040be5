package io.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.springframework.beans.factory.ObjectProvider;

/** Opens a claim's {@link WorkflowPanel} in a dialog (for the work lists of this feature). */
final class ClaimDialogs {

    private ClaimDialogs() {
    }

    static Dialog open(ObjectProvider<WorkflowPanel> panels, long claimId, String title, Runnable onChange) {
        WorkflowPanel panel = panels.getObject();
        Dialog dialog = new Dialog(title);
        dialog.setId("claim-dialog");
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(panel);
        panel.show(claimId, onChange);
        Button close = new Button(dialog.getTranslation("action.close"), e -> dialog.close());
        close.setId("claim-dialog-close");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
