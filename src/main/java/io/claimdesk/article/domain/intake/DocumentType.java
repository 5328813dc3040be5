package io.claimdesk.article.domain.intake;

/** Kinds of uploaded files that intake reads. */
public enum DocumentType {
    /** Plain text in any common encoding. */
    TEXT,
    /** An HTML page. */
    HTML,
    /** An Office Open XML word-processing document (.docx). */
    DOCX,
    /** A PDF with a text layer. */
    PDF
}
