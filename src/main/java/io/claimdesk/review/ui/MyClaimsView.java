package io.claimdesk.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.review.domain.ClaimListItem;
import io.claimdesk.review.domain.RatingService;
import io.claimdesk.review.domain.WorkListService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.stream.Collectors;

/** A checker's assigned claims, open ones first; select several for bulk actions, open one for its workflow. */
@Route("my-claims")
@RolesAllowed("CHECKER")
public class MyClaimsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ClaimListItem> grid = new Grid<>();

    public MyClaimsView(WorkListService review, RatingService ratings, ObjectProvider<WorkflowPanel> panels,
                        BulkActionBar bulk, LiveUpdates live) {
        setSizeFull();
        grid.setId("my-claims-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(new ComponentRenderer<>(c -> Cells.auto(c.statement()))).setHeader(getTranslation("review.claim")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(c -> ReviewBadges.status(this, c)))
                .setHeader(getTranslation("review.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(c -> ReviewBadges.verdict(this,
                        c.verdict() == null ? java.util.Optional.empty() : ratings.find(c.verdict()), c.verdict())))
                .setHeader(getTranslation("review.verdict")).setAutoWidth(true);
        grid.addColumn(ClaimListItem::evidenceCount).setHeader(getTranslation("review.evidence")).setAutoWidth(true);
        grid.addColumn(c -> ReviewBadges.time(c.updatedAt())).setHeader(getTranslation("review.updated"))
                .setAutoWidth(true);
        grid.setItems(q -> review.myClaims(q.getOffset(), q.getLimit()).stream(), q -> review.myClaimsCount());
        grid.addItemClickListener(e -> ClaimDialogs.open(panels, e.getItem().id(), e.getItem().statement(),
                () -> grid.getDataProvider().refreshAll()));

        bulk.bind(() -> grid.getSelectedItems().stream().map(ClaimListItem::id).collect(Collectors.toSet()),
                () -> {
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                });
        add(bulk, grid);
        // another user's change (on any node) refreshes the list in place (issue 16)
        live.refreshWhileAttached(this, ClaimEventRecorded.TOPIC, () -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.myClaims.title");
    }
}
