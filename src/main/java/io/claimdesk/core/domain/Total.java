package io.claimdesk.core.domain;

/**
 * The number of items a list holds, exact or estimated (issue 18: a list of a million rows is not counted row by
 * row for its size).
 *
 * <p>Rule: rows are counted up to a cap ({@code limit cap + 1}); at or below the cap the total is exact. Above it,
 * the planner's row estimate is used when it is above the cap ({@link Kind#ABOUT}, rounded to two significant
 * digits, so it never reads as exact); otherwise ({@link Kind#MORE_THAN}) the total only says "more than the cap"
 * (PostgreSQL's estimates of full-text matches are often far below the truth).
 *
 * @param value the exact count, the rounded estimate, or the cap
 * @param kind  how to read {@code value}
 */
public record Total(long value, Kind kind) {

    /** How a total is to be read. */
    public enum Kind {
        /** Exactly {@code value} items. */
        EXACT,
        /** About {@code value} items (an estimate). */
        ABOUT,
        /** More than {@code value} items. */
        MORE_THAN
    }

    public Total {
        if (value < 0) {
            throw new IllegalArgumentException("negative total " + value);
        }
    }

    public static Total exact(long value) {
        return new Total(value, Kind.EXACT);
    }

    /**
     * The total for {@code counted} rows counted with a cap of {@code cap} ({@code counted} may be {@code cap + 1})
     * and the planner's estimate {@code estimate}: see the class comment.
     */
    public static Total of(long counted, int cap, long estimate) {
        if (counted <= cap) {
            return exact(counted);
        }
        return estimate > cap ? new Total(round(estimate), Kind.ABOUT) : new Total(cap, Kind.MORE_THAN);
    }

    /** Whether {@code value} is the exact count. */
    public boolean isExact() {
        return kind == Kind.EXACT;
    }

    /** {@code n} rounded to two significant digits (28,749 to 29,000; 1,234 to 1,200). */
    static long round(long n) {
        if (n < 100) {
            return n;
        }
        long scale = 1;
        while (n / scale >= 100) {
            scale *= 10;
        }
        return Math.round((double) n / scale) * scale;
    }
}
