package io.claimdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.claim.domain.worthiness.ModelVersion;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * ADMIN: the versions of the check-worthiness model (who, when, data sizes, MAP before/after, bytes, in use), a
 * button that retrains it from the desk's decisions ({@link CheckWorthinessService#retrain()}, synchronous: with the
 * public data it takes a few minutes) and one that rolls back to the previously used version.
 */
@Route("admin/checkworthiness")
@RolesAllowed("ADMIN")
public class CheckWorthinessModelView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private final CheckWorthinessService service;
    private final Grid<ModelVersion> grid = new Grid<>();

    public CheckWorthinessModelView(CheckWorthinessService service) {
        this.service = service;
        setSizeFull();
        Button retrain = new Button(getTranslation("claim.model.retrain"), VaadinIcon.REFRESH.create(), e -> {
            try {
                retrain();
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        retrain.setId("retrain-checkworthiness");
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrain.setDisableOnClick(true);
        Button rollback = new Button(getTranslation("claim.model.rollback"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> rollback());
        rollback.setId("rollback-checkworthiness");
        Paragraph help = new Paragraph(getTranslation(service.publicDataPresent() ? "claim.model.help.public"
                : "claim.model.help.noPublic"));
        help.addClassName("cd-muted");

        grid.addColumn(ModelVersion::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> getTranslation("claim.model.origin." + v.origin())).setHeader(getTranslation("claim.model.origin"));
        grid.addColumn(v -> UTC.format(v.createdAt().withOffsetSameInstant(ZoneOffset.UTC)))
                .setHeader(getTranslation("claim.model.when"));
        grid.addColumn(v -> v.createdBy() == null ? "–" : v.createdBy()).setHeader(getTranslation("claim.model.who"));
        grid.addColumn(v -> getTranslation("claim.model.sizes", v.publicRows(), v.projectRows(), v.deskPositive(),
                v.deskNegative())).setHeader(getTranslation("claim.model.data")).setFlexGrow(2);
        grid.addColumn(v -> map(v.mapBeforeAr(), v.mapAfterAr())).setHeader(getTranslation("claim.model.mapAr"));
        grid.addColumn(v -> map(v.mapBeforeEn(), v.mapAfterEn())).setHeader(getTranslation("claim.model.mapEn"));
        grid.addColumn(v -> String.format(Locale.ROOT, "%,d", v.modelBytes())).setHeader(getTranslation("claim.model.bytes"));
        grid.addColumn(v -> getTranslation(v.active() ? "claim.model.inUse" : v.swapped() ? "claim.model.earlier"
                : "claim.model.notSwapped")).setHeader(getTranslation("claim.model.state"));
        grid.setId("checkworthiness-versions");
        add(new H2(getTranslation("claim.model.title")), help, new HorizontalLayout(retrain, rollback), grid);
    }

    private static String map(@Nullable Double before, @Nullable Double after) {
        return (before == null ? "–" : String.format(Locale.ROOT, "%.3f", before)) + " → "
                + (after == null ? "–" : String.format(Locale.ROOT, "%.3f", after));
    }

    private void refresh() {
        grid.setItems(service.versions());
    }

    private void retrain() {
        CheckWorthinessService.RetrainResult result = service.retrain();
        refresh();
        Notifications.success(getTranslation(result.version().swapped() ? "claim.model.retrained.swapped"
                : "claim.model.retrained.kept", result.version().id()));
    }

    private void rollback() {
        try {
            ModelVersion v = service.rollback();
            refresh();
            Notifications.success(getTranslation("claim.model.rolledBack", v.id()));
        } catch (ConflictException ex) {
            ErrorMessages.show(this, ex);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.model.title");
    }
}
