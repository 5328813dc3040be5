package io.claimdesk.evidence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import io.claimdesk.evidence.domain.Evidence;
import io.claimdesk.evidence.domain.EvidenceService;
import io.claimdesk.evidence.domain.NewEvidence;
import io.claimdesk.evidence.domain.Reliability;
import io.claimdesk.evidence.domain.SourceService;
import io.claimdesk.evidence.domain.SourceSummary;
import io.claimdesk.evidence.domain.Stance;
import io.claimdesk.support.Fixtures;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.ui.HomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SourcesViewUiTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SourceService sources;

    long claim1;
    long claim2;
    String tag;

    @BeforeEach
    void data() {
        AppUser author = accounts.ensure("reg-checker", Role.CHECKER);
        accounts.ensure("reg-supervisor", Role.SUPERVISOR);
        long article = fixtures.article(author.id(), "Wheat", Fixtures.ARABIC_STORY, "ar");
        claim1 = fixtures.claim(article, "إنتاج القمح ارتفع بنسبة 12 في المئة", author.id());
        claim2 = fixtures.claim(article, "ستوزع 40 ألف طن من البذور", author.id());
        tag = "reg" + System.nanoTime();
        runAs("reg-checker", Role.CHECKER);
        evidence.add(claim1, new NewEvidence("https://first.example/" + tag, Stance.SUPPORTS, null, null,
                "First " + tag, "Agency", null, null));
        evidence.add(claim2, new NewEvidence("https://second.example/" + tag, Stance.REFUTES, null, null,
                "Second " + tag, null, null, null));
    }

    @SuppressWarnings("unchecked")
    private Grid<SourceSummary> filteredGrid() {
        UI.getCurrent().navigate(SourcesView.class);
        _setValue(_get(TextField.class, s -> s.withId("sources-filter")), tag);
        return _get(Grid.class, s -> s.withId("sources-grid"));
    }

    @Test
    void registry_lists_filters_and_opens_a_source_with_its_citing_claims() {
        login("reg-checker", Role.CHECKER);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class, s -> s.withId("nav-nav-sources"))).hasSize(1);

        Grid<SourceSummary> grid = filteredGrid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_find(Button.class, s -> s.withId("sources-merge"))).isEmpty();

        int row = _get(grid, 0).source().title().startsWith("First") ? 0 : 1;
        _clickItem(grid, row, 0, false, false, false, false);
        Anchor citing = _get(Anchor.class, s -> s.withId("source-citing-" + claim1));
        assertThat(citing.getHref()).isEqualTo("claims/" + claim1);
        @SuppressWarnings("unchecked")
        Select<Reliability> reliability = _get(Select.class, s -> s.withId("source-reliability"));
        assertThat(reliability.isReadOnly()).isTrue();
        _setValue(_get(TextField.class, s -> s.withId("source-publisher")), "Wire agency");
        _click(_get(Button.class, s -> s.withId("source-save")));
        assertThat(sources.get(_get(grid, row).source().id()).publisher()).isEqualTo("Wire agency");
    }

    @Test
    void supervisor_merges_two_sources_from_the_registry() {
        login("reg-supervisor", Role.SUPERVISOR);
        Grid<SourceSummary> grid = filteredGrid();
        assertThat(_size(grid)).isEqualTo(2);
        grid.asMultiSelect().select(_get(grid, 0), _get(grid, 1));
        _click(_get(Button.class, s -> s.withId("sources-merge")));
        _click(_get(Button.class, s -> s.withId("merge-confirm")));

        assertThat(_size(grid)).isEqualTo(1);
        SourceSummary kept = _get(grid, 0);
        assertThat(kept.citingClaims()).isEqualTo(2);
        assertThat(evidence.forClaim(claim1)).extracting(e -> e.source().id()).containsExactly(kept.source().id());
        assertThat(evidence.forClaim(claim2)).extracting(Evidence::stance).containsExactly(Stance.REFUTES);
    }
}
