package io.claimdesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import io.claimdesk.core.ui.ClaimPageSection;
import io.claimdesk.report.domain.PublicCheck;
import io.claimdesk.report.domain.PublicCheckHtml;
import io.claimdesk.report.domain.PublicCheckService;
import java.util.Optional;
import org.springframework.context.annotation.Scope;

/**
 * On the claim page, under the workflow: a link to the claim's public fact-check page ({@code /checks/<id>-<slug>},
 * opened in a new tab) while the claim is published (APPROVED); hidden otherwise. Id: {@code public-page-link}.
 */
@SpringComponent
@Scope("prototype")
public class PublicPageLink extends Composite<HorizontalLayout> implements ClaimPageSection {

    private final PublicCheckService checks;
    private final Anchor link = new Anchor();
    private long claimId = -1;

    public PublicPageLink(PublicCheckService checks) {
        this.checks = checks;
        link.setId("public-page-link");
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener");
        link.add(VaadinIcon.GLOBE.create(), new Span(getTranslation("check.ui.publicPage")));
        getContent().setPadding(false);
        getContent().add(link);
        getContent().setVisible(false);
    }

    @Override
    public Slot slot() {
        return Slot.STATUS;
    }

    @Override
    public int order() {
        return 200;
    }


    @Override
    public void show(long claimId, Runnable onChange) {
        this.claimId = claimId;
        refreshClaim();
    }

    @Override
    public void refreshClaim() {
        Optional<PublicCheck> check = claimId < 0 ? Optional.empty() : checks.find(claimId);
        check.ifPresent(c -> link.setHref("/" + PublicCheckHtml.encodePath(c.path())));
        getContent().setVisible(check.isPresent());
    }
}
