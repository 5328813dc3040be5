/** Vaadin views of the evidence feature: the evidence panel of a claim and the source registry. */
@org.jspecify.annotations.NullMarked
package io.claimdesk.evidence.ui;
