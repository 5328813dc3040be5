package io.claimdesk.review.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgBarChartTest {

    @Test
    void labels_and_title_are_escaped() {
        String svg = SvgBarChart.render("Approvals <script>alert(1)</script> & \"more\"",
                List.of(new SvgBarChart.Bar("<b>11-02</b>", 3), new SvgBarChart.Bar("a'b", 0)), 1);
        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("&lt;b&gt;11-02&lt;/b&gt;: 3")
                .contains("a&#39;b");
    }

    @Test
    void bar_heights_scale_to_the_largest_value_and_zero_bars_have_no_height() {
        String svg = SvgBarChart.render("t", List.of(new SvgBarChart.Bar("d1", 4), new SvgBarChart.Bar("d2", 2),
                new SvgBarChart.Bar("d3", 0)), 1);
        assertThat(svg).startsWith("<svg ").endsWith("</svg>");
        assertThat(svg).contains("height=\"180.0\"").contains("height=\"90.0\"").contains("height=\"0.0\"");
        assertThat(svg.split("<rect ", -1)).hasSize(4);
    }

    @Test
    void characters_xml_forbids_are_dropped() {
        assertThat(SvgBarChart.escape("a\u0001b\uFFFEc")).isEqualTo("abc");
        assertThat(SvgBarChart.escape("صحيح 😀")).isEqualTo("صحيح 😀");
    }
}
