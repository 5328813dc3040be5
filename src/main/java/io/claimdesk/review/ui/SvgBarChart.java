package io.claimdesk.review.ui;

import java.util.List;
import java.util.Locale;

/**
 * A small bar chart drawn on the server as SVG text (no chart library): one bar per entry, the value above each
 * non-zero bar, every {@code labelEvery}-th label under the axis, and a {@code <title>} per bar for tooltips and
 * screen readers. All text is XML-escaped. The time axis runs left to right in either UI direction.
 */
final class SvgBarChart {

    /** One bar: its label (e.g. a date) and a non-negative value. */
    record Bar(String label, int value) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final int SIDE = 32;

    private SvgBarChart() {
    }

    /**
     * @param title      accessible title of the chart
     * @param labelEvery show every n-th label under the axis (1 for all)
     * @return an {@code <svg>} element as text
     */
    static String render(String title, List<Bar> bars, int labelEvery) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(0));
        double plotWidth = WIDTH - 2.0 * SIDE;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = bars.isEmpty() ? plotWidth : plotWidth / bars.size();
        double barWidth = Math.max(1, slot * 0.7);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cd-chart\" direction=\"ltr\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        double axisY = TOP + plotHeight;
        svg.append("<line class=\"cd-chart-axis\" x1=\"").append(SIDE).append("\" y1=\"").append(fmt(axisY))
                .append("\" x2=\"").append(WIDTH - SIDE).append("\" y2=\"").append(fmt(axisY))
                .append("\" stroke=\"currentColor\" stroke-opacity=\"0.4\"/>");
        svg.append("<text class=\"cd-chart-max\" x=\"").append(SIDE - 4).append("\" y=\"").append(TOP + 4)
                .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"currentColor\">").append(max)
                .append("</text>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = plotHeight * Math.max(0, bar.value()) / max;
            double x = SIDE + i * slot + (slot - barWidth) / 2;
            double y = axisY - h;
            svg.append("<rect class=\"cd-chart-bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                    .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h))
                    .append("\"><title>").append(escape(bar.label() + ": " + bar.value())).append("</title></rect>");
            double centre = x + barWidth / 2;
            if (bar.value() > 0) {
                svg.append("<text class=\"cd-chart-value\" x=\"").append(fmt(centre)).append("\" y=\"")
                        .append(fmt(y - 4)).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">")
                        .append(bar.value()).append("</text>");
            }
            if (labelEvery > 0 && i % labelEvery == 0) {
                svg.append("<text class=\"cd-chart-label\" x=\"").append(fmt(centre)).append("\" y=\"")
                        .append(fmt(axisY + 16)).append("\" text-anchor=\"middle\" font-size=\"11\" ")
                        .append("fill=\"currentColor\">").append(escape(bar.label())).append("</text>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** XML-escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids are dropped
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
