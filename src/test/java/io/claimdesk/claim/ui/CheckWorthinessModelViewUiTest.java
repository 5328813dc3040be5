package io.claimdesk.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.claimdesk.claim.domain.worthiness.CheckWorthinessService;
import io.claimdesk.support.KaribuTest;
import io.claimdesk.user.domain.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.claimdesk.db.Tables.CHECKWORTHINESS_MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ADMIN page of the check-worthiness model: versions, retrain and rollback buttons (issue 17). */
class CheckWorthinessModelViewUiTest extends KaribuTest {

    @Autowired
    CheckWorthinessService service;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void forgetVersions() {
        dsl.deleteFrom(CHECKWORTHINESS_MODEL).execute();
        service.reload();
    }

    @Test
    void checker_cannot_open_the_model_page() {
        login("model-ui-checker", Role.CHECKER);
        UI.getCurrent().navigate(CheckWorthinessModelView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(CheckWorthinessModelView.class::isInstance);
        assertThatThrownBy(() -> _find(Grid.class, spec -> spec.withId("checkworthiness-versions")))
                .hasMessageContaining("AccessDeniedException");
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_sees_the_versions_and_rolls_back() {
        login("model-ui-admin", Role.ADMIN);
        UI.getCurrent().navigate(CheckWorthinessModelView.class);
        Grid<io.claimdesk.claim.domain.worthiness.ModelVersion> grid =
                _get(Grid.class, s -> s.withId("checkworthiness-versions"));
        assertThat(_size(grid)).isZero();
        assertThat(_get(Button.class, s -> s.withId("retrain-checkworthiness")).isEnabled()).isTrue();

        // a retrain without the public data (fast), then the page lists both versions
        var result = service.retrain(Path.of("target/no-public-data"));
        UI.getCurrent().navigate(CheckWorthinessModelView.class);
        grid = _get(Grid.class, s -> s.withId("checkworthiness-versions"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 0).id()).isEqualTo(result.version().id());
        if (result.version().swapped()) {
            _click(_get(Button.class, s -> s.withId("rollback-checkworthiness")));
            grid = _get(Grid.class, s -> s.withId("checkworthiness-versions"));
            assertThat(_get(grid, 1).origin()).isEqualTo("SHIPPED");
            assertThat(_get(grid, 1).active()).isTrue();
            assertThat(_get(grid, 0).active()).isFalse();
        } else {
            assertThat(_get(grid, 1).active()).isTrue();
        }
    }
}
