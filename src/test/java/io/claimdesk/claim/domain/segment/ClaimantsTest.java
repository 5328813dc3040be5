package io.claimdesk.claim.domain.segment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimantsTest {

    @Test
    void the_subject_of_an_arabic_reporting_verb_without_its_titles() {
        assertThat(Claimants.find("قال مستشار الأمن القومي قاسم الأعرجي إن القوات انسحبت.", "ar"))
                .contains("قاسم الأعرجي");
        assertThat(Claimants.find("أعلن مستشار الأمن القومي العراقي قاسم الأعرجي، الخميس، انتهاء المهام القتالية",
                "ar")).contains("قاسم الأعرجي");
        assertThat(Claimants.find("والأربعاء، أكد الرئيس الأمريكي جو بايدن أنه لن تكون هناك قوات أميركية", "ar"))
                .contains("جو بايدن");
        assertThat(Claimants.find("وقال الأعرجي عبر حسابه على تويتر إن الجولة انتهت.", "ar")).contains("الأعرجي");
        assertThat(Claimants.find("قالت وزارة الصحة إن عدد الإصابات بلغ 300.", "ar")).contains("وزارة الصحة");
    }

    @Test
    void no_arabic_claimant_when_only_a_title_is_named_or_there_is_no_reporting_verb() {
        assertThat(Claimants.find("وقال الوزير إن الأسعار لن ترتفع.", "ar")).isEmpty();
        assertThat(Claimants.find("ارتفعت الأسعار بنسبة 5 في المئة.", "ar")).isEmpty();
    }

    @Test
    void english_apposition_and_names_next_to_the_verb() {
        assertThat(Claimants.find("The minister, Ali Hassan, said prices would not rise.", "en")).contains("Ali Hassan");
        assertThat(Claimants.find("Ali Hassan said prices would not rise.", "en")).contains("Ali Hassan");
        assertThat(Claimants.find("Prices will not rise, said Maria Lopez, the central bank governor.", "en"))
                .contains("Maria Lopez");
        assertThat(Claimants.find("The minister said prices would not rise.", "en")).isEmpty();
        assertThat(Claimants.find("Prices rose by 5 per cent.", "en")).isEmpty();
    }
}
