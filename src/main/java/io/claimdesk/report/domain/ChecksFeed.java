package io.claimdesk.report.domain;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The Atom 1.0 feed (RFC 4287) of published checks, written with ROME ({@code com.rometools:rome}). The feed's id
 * and links are absolute, under the publisher's site base URL: feed id {@code <base>checks}, entry id the check's
 * stable ClaimReview URL ({@link Publisher#checkUrl}, {@code <base>checks/<id>}), entry link the readable page
 * ({@code <base>checks/<id>-<slug>}, percent-encoded). An entry is {@code updated} at the last (re-)approval and
 * {@code published} at the first; its title is the statement, its summary "verdict label: rationale" in the feed
 * language, its category the verdict code (with the label), its author the organisation.
 */
public final class ChecksFeed {

    private ChecksFeed() {
    }

    /**
     * @param checks newest first (the feed's {@code updated} is the first entry's)
     * @param lang   feed language ({@code ar} or {@code en}): labels and {@code xml:lang}
     * @param title  the feed title in that language
     * @return the Atom document, UTF-8 XML
     */
    public static String atom(List<PublicCheck> checks, Publisher publisher, String lang, String title) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(publisher.siteBaseUrl() + "checks");
        feed.setTitle(title);
        feed.setLanguage(lang);
        feed.setLinks(List.of(
                link("alternate", publisher.siteBaseUrl() + "checks?lang=" + lang, "text/html"),
                link("self", publisher.siteBaseUrl() + "checks/feed.atom?lang=" + lang, "application/atom+xml")));
        feed.setAuthors(List.of(person(publisher)));
        OffsetDateTime updated = checks.isEmpty() ? null : checks.get(0).claim().approvedAt();
        feed.setPublishedDate(updated == null ? new Date(0) : Date.from(updated.toInstant()));
        List<SyndEntry> entries = new ArrayList<>();
        for (PublicCheck check : checks) {
            ExportedClaim c = check.claim();
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(publisher.checkUrl(c.id()));
            entry.setTitle(c.statement());
            entry.setLink(publisher.siteBaseUrl() + PublicCheckHtml.encodePath(check.path()));
            entry.setUpdatedDate(Date.from(c.approvedAt().toInstant()));
            entry.setPublishedDate(Date.from((c.firstApprovedAt() == null ? c.approvedAt()
                    : c.firstApprovedAt()).toInstant()));
            entry.setAuthors(List.of(person(publisher)));
            String label = c.verdict() == null ? "" : c.verdict().label(lang);
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(c.rationale() == null || c.rationale().isBlank() ? label
                    : label + ": " + c.rationale().strip());
            entry.setDescription(summary);
            if (c.verdict() != null) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(c.verdict().code());
                category.setLabel(label);
                entry.setCategories(List.of(category));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(Publisher publisher) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(publisher.name());
        person.setUri(publisher.siteBaseUrl());
        return person;
    }
}
