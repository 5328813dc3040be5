package io.claimdesk.evidence.domain;

import io.claimdesk.core.domain.ValidationException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of document a source is (issue 5). */
public enum SourceType {
    OFFICIAL_DOCUMENT, OFFICIAL_STATEMENT, NEWS_REPORT, WIRE, SOCIAL_POST, DATASET, EXPERT, OTHER;

    /**
     * Reads a type name case-insensitively; {@code -} and spaces count as {@code _} ({@code news-report}).
     *
     * @throws ValidationException for an unknown name, listing the accepted ones
     */
    public static SourceType parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SourceType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw ValidationException.of("evidence.sourceType.unknown",
                Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")),
                text);
    }

    io.claimdesk.db.enums.SourceType toDb() {
        return io.claimdesk.db.enums.SourceType.valueOf(name());
    }

    static SourceType of(io.claimdesk.db.enums.SourceType db) {
        return valueOf(db.getLiteral());
    }
}
