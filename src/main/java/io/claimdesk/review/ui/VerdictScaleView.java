package io.claimdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.review.domain.Rating;
import io.claimdesk.review.domain.RatingService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * Admin view of the verdict scale: labels in English and Arabic, position, colour, the ClaimReview mapping and
 * whether a verdict can still be proposed. A verdict in use can only be deactivated, not deleted.
 */
@Route("admin/verdicts")
@RolesAllowed("ADMIN")
public class VerdictScaleView extends VerticalLayout implements HasDynamicTitle {

    private final RatingService ratings;
    private final Grid<Rating> grid = new Grid<>();

    public VerdictScaleView(RatingService ratings) {
        this.ratings = ratings;
        setSizeFull();
        Button create = new Button(getTranslation("review.verdicts.create"), VaadinIcon.PLUS.create(),
                e -> openEditor(null));
        create.setId("create-verdict");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("verdicts-grid");
        grid.addColumn(Rating::ordinal).setHeader(getTranslation("review.verdicts.ordinal")).setAutoWidth(true);
        grid.addComponentColumn(r -> Cells.ltr(r.code())).setHeader(getTranslation("review.verdicts.code")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> ReviewBadges.verdict(this, Optional.of(r), r.code())))
                .setHeader(getTranslation("review.verdict"));
        grid.addComponentColumn(r -> Cells.auto(r.labelEn())).setHeader(getTranslation("review.verdicts.labelEn"));
        grid.addComponentColumn(r -> Cells.auto(r.labelAr())).setHeader(getTranslation("review.verdicts.labelAr"));
        grid.addColumn(r -> r.ratingValue() + " / " + r.worstRating() + "–" + r.bestRating())
                .setHeader(getTranslation("review.verdicts.claimReview")).setAutoWidth(true);
        grid.addComponentColumn(r -> Cells.auto(r.alternateName())).setHeader(getTranslation("review.verdicts.alternateName"));
        grid.addColumn(r -> getTranslation(r.active() ? "review.verdicts.active.yes" : "review.verdicts.active.no"))
                .setHeader(getTranslation("review.verdicts.active")).setAutoWidth(true);
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        refresh();
        add(create, grid);
    }

    private void refresh() {
        grid.setItems(ratings.list(true));
    }

    private void openEditor(@Nullable Rating existing) {
        Dialog dialog = new Dialog(existing == null ? getTranslation("review.verdicts.create")
                : getTranslation("review.verdicts.edit", existing.code()));
        dialog.setId("verdict-dialog");
        TextField code = new TextField(getTranslation("review.verdicts.code"));
        code.setId("verdict-code");
        TextField labelEn = new TextField(getTranslation("review.verdicts.labelEn"));
        labelEn.setId("verdict-label-en");
        TextField labelAr = new TextField(getTranslation("review.verdicts.labelAr"));
        labelAr.setId("verdict-label-ar");
        labelAr.getElement().setAttribute("dir", "rtl");
        IntegerField ordinal = new IntegerField(getTranslation("review.verdicts.ordinal"));
        ordinal.setId("verdict-ordinal");
        TextField colour = new TextField(getTranslation("review.verdicts.colour"));
        colour.setId("verdict-colour");
        colour.setPlaceholder("#1b7f3b");
        IntegerField value = new IntegerField(getTranslation("review.verdicts.ratingValue"));
        value.setId("verdict-rating-value");
        IntegerField best = new IntegerField(getTranslation("review.verdicts.bestRating"));
        best.setId("verdict-best-rating");
        IntegerField worst = new IntegerField(getTranslation("review.verdicts.worstRating"));
        worst.setId("verdict-worst-rating");
        TextField alternate = new TextField(getTranslation("review.verdicts.alternateName"));
        alternate.setId("verdict-alternate-name");
        Checkbox active = new Checkbox(getTranslation("review.verdicts.active"), true);
        active.setId("verdict-active");
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            labelEn.setValue(existing.labelEn());
            labelAr.setValue(existing.labelAr());
            ordinal.setValue(existing.ordinal());
            colour.setValue(existing.colour());
            value.setValue(existing.ratingValue());
            best.setValue(existing.bestRating());
            worst.setValue(existing.worstRating());
            alternate.setValue(existing.alternateName());
            active.setValue(existing.active());
        } else {
            best.setValue(6);
            worst.setValue(1);
        }
        Paragraph error = new Paragraph();
        error.setId("verdict-error");
        error.addClassName("cd-form-error");
        error.setVisible(false);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                Rating r = new Rating(code.getValue(), labelEn.getValue(), labelAr.getValue(), number(ordinal),
                        colour.getValue(), number(value), number(best), number(worst), alternate.getValue(),
                        active.getValue(), existing == null ? 0 : existing.version());
                if (existing == null) {
                    ratings.create(r);
                } else {
                    ratings.update(existing.code(), existing.version(), r);
                }
                dialog.close();
                refresh();
                Notifications.success(getTranslation("review.verdicts.saved", r.code().strip()));
            } catch (ValidationException | ConflictException ex) {
                error.setText(ErrorMessages.text(this, ex));
                error.setVisible(true);
            }
        });
        save.setId("save-verdict");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(code, labelEn, labelAr, ordinal, colour, value, best, worst, alternate, active),
                error);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        if (existing != null) {
            Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete(existing, dialog, error));
            delete.setId("delete-verdict");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(delete);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void confirmDelete(Rating r, Dialog editor, Paragraph error) {
        Dialog confirm = new Dialog(getTranslation("review.verdicts.delete", r.code()));
        confirm.add(new Paragraph(getTranslation("review.verdicts.delete.confirm", r.label(ReviewBadges.locale()))));
        Button yes = new Button(getTranslation("action.delete"), e -> {
            confirm.close();
            try {
                ratings.delete(r.code(), r.version());
                editor.close();
                refresh();
                Notifications.success(getTranslation("review.verdicts.deleted", r.code()));
            } catch (ConflictException ex) {
                error.setText(ErrorMessages.text(this, ex));
                error.setVisible(true);
            }
        });
        yes.setId("confirm-delete-verdict");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), e -> confirm.close()), yes);
        confirm.open();
    }

    private int number(IntegerField field) {
        if (field.getValue() == null) {
            throw ValidationException.of("review.verdicts.numberMissing", field.getLabel());
        }
        return field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.verdicts.title");
    }
}
