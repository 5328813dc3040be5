/**
 * Pure article intake: turns pasted text or an uploaded file (.txt in any common encoding, .html, .docx,
 * .pdf) into one canonical article body plus metadata.
 *
 * <p>Pipeline (see {@link io.claimdesk.article.domain.intake.ArticleIntake}): decode bytes
 * ({@link io.claimdesk.article.domain.intake.CharsetSniffer}) -> extract text and metadata
 * ({@link io.claimdesk.article.domain.intake.HtmlExtractor}, {@link io.claimdesk.article.domain.intake.DocxExtractor},
 * {@link io.claimdesk.article.domain.intake.PdfExtractor}) -> canonicalize
 * ({@link io.claimdesk.article.domain.intake.TextCanonicalizer}) -> collapse repeated blocks
 * ({@link io.claimdesk.article.domain.intake.RepeatedBlockCollapser}) -> pull out the byline
 * ({@link io.claimdesk.article.domain.intake.BylineDetector}) -> detect language and direction
 * ({@link io.claimdesk.article.domain.intake.LanguageDetector}).
 *
 * <p>Nothing here touches a database, the network or the file system. Offsets and lengths reported to
 * users are Unicode code points; times are UTC.
 */
@org.jspecify.annotations.NullMarked
package io.claimdesk.article.domain.intake;
