package io.claimdesk.review.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.core.ui.LiveUpdates;
import io.claimdesk.core.ui.Cells;
import io.claimdesk.review.domain.Dashboard;
import io.claimdesk.review.domain.DashboardService;
import io.claimdesk.claim.domain.workflow.WorkflowStatus;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Supervisor dashboard: claims per status, open work per checker, the claims waiting longest for review, and
 * approvals per day over the last 30 days as a server-drawn SVG bar chart.
 */
@Route("dashboard")
@RolesAllowed("SUPERVISOR")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final DashboardService dashboards;

    public DashboardView(DashboardService dashboards, LiveUpdates live) {
        this.dashboards = dashboards;
        setId("dashboard");
        render();
        // another user's change (on any node) re-draws the figures in place (issue 16)
        live.refreshWhileAttached(this, ClaimEventRecorded.TOPIC, this::render);
    }

    /** Reads the figures and (re)draws the page. */
    private void render() {
        removeAll();
        Dashboard d = dashboards.load(10);

        Div counts = new Div();
        counts.setId("dashboard-status-counts");
        counts.addClassName("cd-status-counts");
        for (WorkflowStatus s : WorkflowStatus.values()) {
            Span tile = new Span(ReviewBadges.status(this, s), new Span(String.valueOf(d.byStatus().get(s))));
            tile.setId("dashboard-count-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            tile.addClassName("cd-count-tile");
            counts.add(tile);
            if (s == WorkflowStatus.IN_PROGRESS) {
                // claims sent back with a reason, counted apart (they are IN_PROGRESS too; issue 16)
                Span badge = new Span(com.vaadin.flow.component.icon.VaadinIcon.REPLY.create(),
                        new Span(getTranslation("review.dashboard.changesRequested")));
                badge.addClassNames("cd-badge", "cd-badge-error");
                Span sentBack = new Span(badge, new Span(String.valueOf(d.changesRequested())));
                sentBack.setId("dashboard-count-changes-requested");
                sentBack.addClassName("cd-count-tile");
                counts.add(sentBack);
            }
        }

        Grid<Dashboard.CheckerWork> perChecker = new Grid<>();
        perChecker.setId("dashboard-per-checker");
        perChecker.addComponentColumn(w -> Cells.auto(w.name())).setHeader(getTranslation("review.dashboard.checker"));
        perChecker.addColumn(Dashboard.CheckerWork::open).setHeader(getTranslation("review.dashboard.open"));
        perChecker.addColumn(Dashboard.CheckerWork::inReview).setHeader(getTranslation("review.dashboard.inReview"));
        perChecker.addColumn(Dashboard.CheckerWork::approved).setHeader(getTranslation("review.dashboard.approved"));
        perChecker.setItems(d.perChecker());
        perChecker.setAllRowsVisible(true);

        Grid<Dashboard.Waiting> waiting = new Grid<>();
        waiting.setId("dashboard-oldest-waiting");
        waiting.addColumn(w -> ReviewBadges.time(w.since())).setHeader(getTranslation("review.queue.since"))
                .setAutoWidth(true);
        waiting.addComponentColumn(w -> Cells.auto(w.statement())).setHeader(getTranslation("review.claim")).setFlexGrow(3);
        waiting.addComponentColumn(w -> Cells.auto(w.proposer()))
                .setHeader(getTranslation("review.proposedBy"));
        waiting.setItems(d.oldestWaiting());
        waiting.setAllRowsVisible(true);

        List<SvgBarChart.Bar> bars = d.approvedPerDay().stream()
                .map(c -> new SvgBarChart.Bar(DAY.format(c.day()), c.count())).toList();
        Svg chart = new Svg(SvgBarChart.render(getTranslation("review.dashboard.chart"), bars, 5));
        chart.setId("dashboard-approvals-chart");
        chart.addClassName("cd-chart-box");

        add(counts,
                new H3(getTranslation("review.dashboard.chart")), chart,
                new H3(getTranslation("review.dashboard.perChecker")), perChecker,
                new H3(getTranslation("review.dashboard.oldest")), waiting);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.dashboard.title");
    }
}
