/** Vaadin views of the report feature: the export view and the report links embedded in the article reader. */
@org.jspecify.annotations.NullMarked
package io.claimdesk.report.ui;
