package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.support.Fixtures;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.List;

import static io.claimdesk.db.Tables.CHECKWORTHINESS_MODEL;
import static io.claimdesk.db.Tables.CLAIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17, acceptance 3: a retrain from the desk's decisions (generated in the test database) records a model
 * version with figures, and a rollback restores the previous scores. The public data is left out (a folder that does
 * not exist), so the test trains on the project's sentences and the generated decisions only.
 */
class CheckWorthinessRetrainDbTest extends IntegrationTest {

    private static final List<String> PROBES = List.of(
            "قال وزير المالية إن العجز تراجع إلى 4 في المئة هذا العام.",
            "صباح الخير ومرحبا بكم في تغطيتنا المباشرة.",
            "The minister said unemployment fell to 5 percent last year.",
            "Thanks for reading, and see you tomorrow.");

    @Autowired
    CheckWorthinessService service;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserRepository users;

    @AfterEach
    void forgetVersions() {
        dsl.deleteFrom(CHECKWORTHINESS_MODEL).execute();
        service.reload();
    }

    @Test
    void retrain_records_a_version_with_figures_and_rollback_restores_the_previous_scores() {
        runAs("model-admin", Role.ADMIN);
        long me = users.findByUsername("model-admin").orElseThrow().getId();
        Fixtures fixtures = new Fixtures(dsl);
        generateDecisions(fixtures, dsl, me);
        List<Double> before = scores();

        CheckWorthinessService.RetrainResult result = service.retrain(Path.of("target/no-public-data"));

        ModelVersion v = result.version();
        assertThat(v.origin()).isEqualTo("RETRAIN");
        assertThat(v.createdBy()).isNotNull();
        assertThat(v.publicRows()).isZero();
        assertThat(v.projectRows()).isGreaterThanOrEqualTo(80);
        assertThat(v.deskPositive()).isGreaterThanOrEqualTo(12);
        assertThat(v.deskNegative()).isGreaterThanOrEqualTo(12);
        assertThat(v.mapBeforeAr()).isBetween(0.0, 1.0);
        assertThat(v.mapAfterAr()).isBetween(0.0, 1.0);
        assertThat(v.mapBeforeEn()).isBetween(0.0, 1.0);
        assertThat(v.mapAfterEn()).isBetween(0.0, 1.0);
        assertThat(v.modelBytes()).isPositive();
        assertThat(v.swapped()).isEqualTo(v.mapAfterAr() >= v.mapBeforeAr() && v.mapAfterEn() >= v.mapBeforeEn());
        assertThat(result.figures()).extracting(WorthinessTrainer.Figures::language).containsExactly("ar", "en");

        List<ModelVersion> versions = service.versions();
        assertThat(versions).extracting(ModelVersion::origin).containsExactly("RETRAIN", "SHIPPED");
        if (!v.swapped()) {
            // worse than the model in use: recorded but not used; an admin may still choose it
            assertThat(versions.get(1).active()).isTrue();
            assertThat(scores()).isEqualTo(before);
            service.activate(v.id());
        }
        assertThat(service.versions().get(0).active()).isTrue();
        List<Double> retrained = scores();
        assertThat(retrained).isNotEqualTo(before);

        ModelVersion back = service.rollback();
        assertThat(back.origin()).isEqualTo("SHIPPED");
        assertThat(back.active()).isTrue();
        assertThat(scores()).isEqualTo(before);

        // and forward again: the retrained version was the one in use before the rollback
        service.rollback();
        assertThat(scores()).isEqualTo(retrained);
    }

    @Test
    void rollback_without_an_earlier_version_is_a_coded_conflict() {
        runAs("model-admin", Role.ADMIN);
        assertThatThrownBy(() -> service.rollback()).isInstanceOf(io.claimdesk.core.domain.ConflictException.class)
                .satisfies(e -> assertThat(((io.claimdesk.core.domain.CodedError) e).code())
                        .isEqualTo("checkworthiness.noPrevious"));
    }

    @Test
    void a_checker_may_not_retrain() {
        runAs("model-checker", Role.CHECKER);
        assertThatThrownBy(() -> service.retrain(Path.of("target/no-public-data")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void preload_loads_the_model_in_use_and_runs_the_scoring_path_over_the_projects_sentences() {
        service.reload();
        assertThat(service.loaded()).isFalse();

        int scorings = service.preload();

        assertThat(service.loaded()).isTrue();
        assertThat(scorings).isGreaterThanOrEqualTo(CheckWorthinessService.PRELOAD_SCORINGS);
        for (String probe : PROBES) {
            String language = probe.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "ar" : "en";
            assertThat(service.score(probe, language))
                    .isEqualTo(CheckWorthinessScorer.score(WorthinessModel.shipped(), probe, language));
        }
    }

    private List<Double> scores() {
        return PROBES.stream().map(p -> service.score(p, p.matches(".*\\p{IsArabic}.*") ? "ar" : "en").score())
                .toList();
    }

    /** Articles in both languages where the desk made claims of some sentences, dismissed one and ignored others. */
    private static void generateDecisions(Fixtures fixtures, DSLContext dsl, long me) {
        for (int i = 0; i < 6; i++) {
            String ar = String.join("\n",
                    "أعلنت وزارة الصحة تسجيل " + (120 + i) + " إصابة جديدة خلال الأسبوع الماضي.",
                    "وقال المتحدث باسم الوزارة إن نسبة التطعيم بلغت " + (40 + i) + " في المئة.",
                    "وأكد المحافظ أن الموازنة ارتفعت بنحو " + (3 + i) + " مليارات دينار مقارنة بالعام الماضي.",
                    "تابعونا على مواقع التواصل الاجتماعي لمزيد من الأخبار والتحديثات.",
                    "نتمنى لكم يوما سعيدا وقراءة ممتعة مع فريق التحرير.");
            long a = fixtures.article(me, "مقال " + i, ar, "ar");
            fixtures.claim(a, "أعلنت وزارة الصحة تسجيل " + (120 + i) + " إصابة جديدة خلال الأسبوع الماضي.", me);
            fixtures.claim(a, "وقال المتحدث باسم الوزارة إن نسبة التطعيم بلغت " + (40 + i) + " في المئة.", me);
            long dismissed = fixtures.claim(a, "نتمنى لكم يوما سعيدا وقراءة ممتعة مع فريق التحرير.", me);
            dismiss(dsl, dismissed);

            String en = String.join("\n",
                    "The health ministry reported " + (300 + i) + " new cases in the last week.",
                    "The governor said the budget grew by " + (4 + i) + " billion dollars compared with last year.",
                    "Officials confirmed that unemployment fell to " + (6 + i) + " percent in March.",
                    "Follow us on social media for more news and updates every day.",
                    "We wish you a pleasant day and happy reading from the whole team.");
            long e = fixtures.article(me, "Article " + i, en, "en");
            fixtures.claim(e, "The health ministry reported " + (300 + i) + " new cases in the last week.", me);
            fixtures.claim(e, "Officials confirmed that unemployment fell to " + (6 + i) + " percent in March.", me);
            long dismissedEn = fixtures.claim(e, "We wish you a pleasant day and happy reading from the whole team.",
                    me);
            dismiss(dsl, dismissedEn);
        }
    }

    private static void dismiss(DSLContext dsl, long claimId) {
        dsl.update(CLAIM).set(CLAIM.STATUS, io.claimdesk.db.enums.ClaimStatus.DISMISSED)
                .where(CLAIM.ID.eq(claimId)).execute();
    }
}
