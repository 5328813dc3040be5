/** REST API of the evidence feature: evidence links of claims and the source registry, under {@code /api/v1}. */
@org.jspecify.annotations.NullMarked
package io.claimdesk.evidence.api;
