package io.claimdesk.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.ui.ArticlePageAction;
import io.claimdesk.core.i18n.Translations;
import io.claimdesk.core.ui.Notifications;
import io.claimdesk.report.domain.DownloadNames;
import io.claimdesk.report.domain.ReportService;
import io.claimdesk.report.domain.ReportVariant;
import org.springframework.context.annotation.Scope;

/**
 * "Report (HTML)" and "Report (PDF)" download links for one article, for the article reader, with a choice of
 * variant (public, the default: approved claims only; internal: every claim, drafts marked). Obtain from Spring
 * (prototype scope) and call {@link #show(long)} with the article id; the report's labels follow the UI language
 * at that moment. Ids: {@code report-variant}, {@code report-html}, {@code report-pdf}.
 */
@SpringComponent
@Scope("prototype")
public class ArticleReportLinks extends Composite<HorizontalLayout> implements ArticlePageAction {

    private final ReportService reports;
    private final HorizontalLayout layout = new HorizontalLayout();
    /** The variant the download handlers use (they run outside the UI lock, so they never read the field). */
    private volatile ReportVariant variant = ReportVariant.PUBLIC;

    public ArticleReportLinks(ReportService reports) {
        this.reports = reports;
        layout.addClassName("cd-report-links");
        layout.setPadding(false);
        layout.setSpacing(true);
        layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    }

    @Override
    protected HorizontalLayout initContent() {
        return layout;
    }

    @Override
    public int order() {
        return 100;
    }


    /** Shows the links for article {@code articleId} (replacing earlier ones). */
    @Override
    public void show(long articleId) {
        UI ui = UI.getCurrent();
        String language = ui != null && Translations.rightToLeft(ui.getLocale()) ? "ar" : "en";
        layout.removeAll();
        Select<ReportVariant> choice = new Select<>();
        choice.setId("report-variant");
        choice.setAriaLabel(getTranslation("report.variant"));
        choice.setItems(ReportVariant.values());
        choice.setItemLabelGenerator(v -> getTranslation("report.variant." + v.wireName()));
        choice.setValue(variant);
        choice.addValueChangeListener(e -> variant = e.getValue() == null ? ReportVariant.PUBLIC : e.getValue());
        Anchor html = Downloads.anchor("report-html", Downloads.handler(
                () -> DownloadNames.fileName(reports.title(articleId), "html"),
                "text/html;charset=UTF-8",
                out -> out.write(reports.html(articleId, language, variant).content()), this::done), "");
        html.add(VaadinIcon.FILE_TEXT_O.create(), new com.vaadin.flow.component.html.Span(
                getTranslation("report.links.html")));
        Anchor pdf = Downloads.anchor("report-pdf", Downloads.handler(
                () -> DownloadNames.fileName(reports.title(articleId), "pdf"),
                "application/pdf",
                out -> out.write(reports.pdf(articleId, language, variant).content()), this::done), "");
        pdf.add(VaadinIcon.FILE_O.create(), new com.vaadin.flow.component.html.Span(getTranslation("report.links.pdf")));
        layout.add(choice, html, pdf);
    }

    private void done(boolean ok, String fileName) {
        if (!ok) {
            Notifications.error(getTranslation("export.failed", fileName));
        }
    }
}
