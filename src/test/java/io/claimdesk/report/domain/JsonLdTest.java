package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode claimReview(String claimReviewed) {
        ObjectNode review = MAPPER.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("claimReviewed", claimReviewed);
        review.putObject("reviewRating").put("@type", "Rating").put("alternateName", "False & misleading");
        review.put("</script><b>key", "value");
        return review;
    }

    @Test
    void script_breakout_in_a_statement_stays_inside_one_script_element() throws Exception {
        String statement = "قال </script><script>alert(1)</script> <!-- & \u2028 \u2029 -->";
        JsonNode original = claimReview(statement);
        String json = JsonLd.toScriptSafeJson(original);
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>Report</title>"
                + "<script type=\"application/ld+json\">" + json + "</script></head><body><p>x</p></body></html>";

        Document document = Jsoup.parse(html);
        Elements scripts = document.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.first().attr("type")).isEqualTo("application/ld+json");
        JsonNode parsed = MAPPER.readTree(scripts.first().data());
        assertThat(parsed).isEqualTo(original);
        assertThat(parsed.get("claimReviewed").asText()).isEqualTo(statement);
    }

    @Test
    void dangerous_characters_are_written_as_unicode_escapes() {
        String json = JsonLd.toScriptSafeJson(MAPPER.createObjectNode().put("t", "<>&\u2028\u2029"));
        assertThat(json).isEqualTo("{\"t\":\"\\u003C\\u003E\\u0026\\u2028\\u2029\"}");
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    }

    @Test
    void arabic_text_is_kept_as_is() {
        String json = JsonLd.toScriptSafeJson(MAPPER.createObjectNode().put("claimReviewed", "60 دولة"));
        assertThat(json).isEqualTo("{\"claimReviewed\":\"60 دولة\"}");
    }
}
