package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.ImportRequest;
import io.claimdesk.article.domain.intake.RawDocument;
import io.claimdesk.claim.domain.ClaimFields;
import io.claimdesk.claim.domain.ClaimService;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: the evidence panel offers the links of the claim's paragraph; one click adds one as evidence. */
class CandidateSourcesPanelUiTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;

    @Test
    void one_click_adds_the_link_of_the_claims_paragraph_as_evidence() {
        login("candidate-panel-checker", Role.CHECKER);
        String html = "<html><body><article><h1>Ports</h1><p>The ministry said 40 ships docked in March, according "
                + "to <a href=\"/reports/ports.pdf\">its report</a> " + UUID.randomUUID() + ".</p>"
                + "<p>Other text <a href=\"javascript:alert(1)\">here</a>.</p></article></body></html>";
        long articleId = articles.importArticle(new ImportRequest(null, new RawDocument(
                html.getBytes(StandardCharsets.UTF_8), "ports.html", "text/html"), null,
                "https://news.example.org/world/ports.html", null, null, null, null, null, null, true)).id();
        long claimId = claims.createFromQuote(articleId, "40 ships docked in March", null, null, ClaimFields.NONE).id();

        EvidencePanel panel = context.getBean(EvidencePanel.class);
        UI.getCurrent().add(panel);
        panel.show(claimId);
        assertThat(_find(Button.class, s -> s.withId("candidate-add-1"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("candidate-add-0")));

        var added = evidence.forClaim(claimId);
        assertThat(added).hasSize(1);
        assertThat(added.get(0).source().url()).isEqualTo("https://news.example.org/reports/ports.pdf");
        assertThat(added.get(0).stance()).isEqualTo(Stance.CONTEXT);
        assertThat(_find(Button.class, s -> s.withId("candidate-add-0"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("candidate-cited-0")).getText())
                .isEqualTo("Cited");
    }
}
