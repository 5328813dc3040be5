package io.claimdesk.evidence.domain;

import io.claimdesk.core.domain.ValidationException;

import java.util.Locale;

/** The newsroom's rating of a source (issue 5); changing it needs the SUPERVISOR role. */
public enum Reliability {
    UNRATED, RELIABLE, MIXED, UNRELIABLE;

    /**
     * Reads a reliability name case-insensitively.
     *
     * @throws ValidationException for an unknown name
     */
    public static Reliability parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (Reliability r : values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw ValidationException.of("source.reliability.unknown", text);
    }

    io.claimdesk.db.enums.SourceReliability toDb() {
        return io.claimdesk.db.enums.SourceReliability.valueOf(name());
    }

    static Reliability of(io.claimdesk.db.enums.SourceReliability db) {
        return valueOf(db.getLiteral());
    }
}
