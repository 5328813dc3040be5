package io.claimdesk.claim.domain.workflow;

/**
 * The verdict codes a proposal may use. The scale itself (labels, colours, order) belongs to {@code review}, which
 * provides the one bean of this type; {@code claim} only asks whether a code is active, so it never imports the
 * feature above it (docs/architecture.md, "Allowed dependencies").
 */
public interface VerdictScale {

    /** Whether {@code code} is an active code of the verdict scale (case as stored). */
    boolean isActive(String code);
}
