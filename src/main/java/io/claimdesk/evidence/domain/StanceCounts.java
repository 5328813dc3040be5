package io.claimdesk.evidence.domain;

/** Number of evidence links of one claim per stance. */
public record StanceCounts(int supports, int refutes, int context) {

    /** A claim without evidence. */
    public static final StanceCounts NONE = new StanceCounts(0, 0, 0);

    /** All links of the claim. */
    public int total() {
        return supports + refutes + context;
    }

    /** The count for one stance. */
    public int of(Stance stance) {
        return switch (stance) {
            case SUPPORTS -> supports;
            case REFUTES -> refutes;
            case CONTEXT -> context;
        };
    }
}
