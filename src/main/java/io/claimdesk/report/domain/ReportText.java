package io.claimdesk.report.domain;

/** Labels of a report in its language (keys of the {@code i18n/report} bundle). */
@FunctionalInterface
public interface ReportText {

    /**
     * @param key    translation key
     * @param params {@link java.text.MessageFormat} parameters
     * @return the label; never null
     */
    String get(String key, Object... params);
}
