package io.claimdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import io.claimdesk.report.domain.ClaimExportService;
import io.claimdesk.report.domain.ClaimFilter;
import io.claimdesk.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;

class ExportViewUiTest extends KaribuTest {

    @Autowired
    ClaimExportService exports;

    @Test
    void checker_gets_claim_exports_but_not_the_full_export() {
        login("ui-export-checker", Role.CHECKER);
        UI.getCurrent().navigate(ExportView.class);
        assertThat(_find(Anchor.class, s -> s.withId("export-csv"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withId("export-claimreview"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withId("export-annotations"))).hasSize(1);
        assertThat(_find(Anchor.class, s -> s.withId("export-json"))).isEmpty();
        assertThat(_get(Anchor.class, s -> s.withId("export-csv")).getHref()).isNotBlank();
        @SuppressWarnings("unchecked")
        Select<io.claimdesk.report.domain.ReportVariant> variant = _get(Select.class, s -> s.withId("export-variant"));
        assertThat(variant.getValue()).isEqualTo(io.claimdesk.report.domain.ReportVariant.PUBLIC);
    }

    @Test
    void admin_gets_the_full_export_too() {
        login("ui-export-admin", Role.ADMIN);
        UI.getCurrent().navigate(ExportView.class);
        assertThat(_find(Anchor.class, s -> s.withId("export-json"))).hasSize(1);
    }

    @Test
    void filters_update_the_matching_count() {
        login("ui-export-checker", Role.CHECKER);
        UI.getCurrent().navigate(ExportView.class);
        Paragraph count = _get(Paragraph.class, s -> s.withId("export-count"));
        assertThat(count.getText()).startsWith("Claims matching: ");
        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, s -> s.withId("export-status"));
        _setValue(status, "DISMISSED");
        int dismissed = exports.count(new ClaimFilter(null, "DISMISSED", null, null, null, null));
        assertThat(count.getText()).isEqualTo("Claims matching: " + dismissed);
        @SuppressWarnings("unchecked")
        Select<String> verdict = _get(Select.class, s -> s.withId("export-verdict"));
        _setValue(verdict, "FALSE");
        int dismissedFalse = exports.count(new ClaimFilter(null, "DISMISSED", "FALSE", null, null, null));
        assertThat(count.getText()).isEqualTo("Claims matching: " + dismissedFalse);
    }

    @Test
    void article_report_links_point_at_downloads_for_the_article() {
        login("ui-export-checker", Role.CHECKER);
        UI.getCurrent().navigate(ExportView.class);
        ArticleReportLinks links = context.getBean(ArticleReportLinks.class);
        links.show(42);
        UI.getCurrent().add(links);
        assertThat(_get(Anchor.class, s -> s.withId("report-html")).getElement().getTextRecursively()).isEqualTo("Report (HTML)");
        assertThat(_get(Anchor.class, s -> s.withId("report-pdf")).getElement().getTextRecursively()).isEqualTo("Report (PDF)");
        assertThat(_get(Anchor.class, s -> s.withId("report-pdf")).getHref()).isNotBlank();
        @SuppressWarnings("unchecked")
        Select<io.claimdesk.report.domain.ReportVariant> variant = _get(Select.class, s -> s.withId("report-variant"));
        assertThat(variant.getValue()).isEqualTo(io.claimdesk.report.domain.ReportVariant.PUBLIC);
        assertThat(variant.getItemLabelGenerator().apply(io.claimdesk.report.domain.ReportVariant.INTERNAL))
                .isEqualTo("Internal (all claims, drafts marked)");
        assertThat(context.getBean(ArticleReportLinks.class)).isNotSameAs(links);
    }
}
