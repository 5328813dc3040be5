package io.claimdesk.article.domain.intake;

/** Base direction of a text, as used in HTML's {@code dir} attribute. */
public enum TextDirection {
    /** Left to right. */
    LTR("ltr"),
    /** Right to left. */
    RTL("rtl");

    private final String code;

    TextDirection(String code) {
        this.code = code;
    }

    /** @return {@code "ltr"} or {@code "rtl"} (HTML {@code dir} value) */
    public String code() {
        return code;
    }
}
