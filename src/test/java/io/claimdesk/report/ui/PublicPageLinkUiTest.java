package io.claimdesk.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import io.claimdesk.db.enums.ClaimStatus;
import io.claimdesk.db.enums.UserRole;
import io.claimdesk.report.ReportFixtures;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriUtils;

/** Issue 15: the claim page links to the public fact-check page of a published claim, and only then. */
class PublicPageLinkUiTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    @Test
    void an_approved_claim_links_to_its_public_page_and_a_claim_in_review_does_not() {
        login("ui-public-link", Role.CHECKER);
        ReportFixtures f = new ReportFixtures(dsl);
        long checker = f.user("ui-public-link", "Checker", UserRole.CHECKER);
        long supervisor = f.user("ui-public-link-supervisor", "Supervisor", UserRole.SUPERVISOR);
        long article = f.article(checker, "Wheat", "https://news.example/ui-public-" + System.nanoTime(),
                Fixtures.ARABIC_STORY, "ar");
        long approved = f.claim(article, "إنتاج القمح ارتفع", "ارتفع إنتاج القمح 12 في المئة", "الوزارة", checker);
        f.decide(approved, ClaimStatus.APPROVED, "FALSE", "r", checker, supervisor);
        long inReview = f.claim(article, "وكانت الأمطار قد تراجعت", "Rain fell", "x", checker);
        f.decide(inReview, ClaimStatus.READY_FOR_REVIEW, "TRUE", "r", checker, supervisor);

        UI.getCurrent().navigate("claims/" + approved);
        Anchor link = _get(Anchor.class, s -> s.withId("public-page-link"));
        assertThat(link.getHref()).isEqualTo("/checks/" + approved + "-"
                + UriUtils.encodePathSegment("ارتفع-إنتاج-القمح-12-في-المئة", StandardCharsets.UTF_8));
        assertThat(link.getTarget()).hasValue("_blank");
        assertThat(link.getElement().getTextRecursively()).isEqualTo("Public page");

        UI.getCurrent().navigate("claims/" + inReview);
        assertThat(_find(Anchor.class, s -> s.withId("public-page-link"))).isEmpty();
    }
}
