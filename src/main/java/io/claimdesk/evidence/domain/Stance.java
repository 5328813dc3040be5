package io.claimdesk.evidence.domain;

import io.claimdesk.core.domain.ValidationException;

import java.util.Locale;

/** How an evidence link bears on its claim: the source supports it, refutes it, or gives context. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT;

    /**
     * Reads a stance name case-insensitively ({@code supports}, {@code REFUTES}, {@code Context}).
     *
     * @throws ValidationException for anything else, naming the accepted values
     */
    public static Stance parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (Stance s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw ValidationException.of("evidence.stance.unknown", text);
    }

    io.claimdesk.db.enums.Stance toDb() {
        return io.claimdesk.db.enums.Stance.valueOf(name());
    }

    static Stance of(io.claimdesk.db.enums.Stance db) {
        return valueOf(db.getLiteral());
    }
}
