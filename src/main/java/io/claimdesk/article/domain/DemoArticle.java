package io.claimdesk.article.domain;

import io.claimdesk.article.domain.intake.RawDocument;
import io.claimdesk.core.config.ClaimdeskProperties;
import io.claimdesk.user.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Demo mode only ({@code CLAIMDESK_DEMO=true}): when the workbench has no article yet, imports the demo article
 * (our own Arabic wire story, with its body printed twice and an agency credit line, as scraped articles come) as the
 * demo checker, through the normal intake.
 */
@Component
@Order(10)
class DemoArticle implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticle.class);

    private final ClaimdeskProperties properties;
    private final ArticleService articles;
    private final ArticleRepository repository;

    DemoArticle(ClaimdeskProperties properties, ArticleService articles, ArticleRepository repository) {
        this.properties = properties;
        this.articles = articles;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || repository.count(ArticleFilter.ALL) > 0) {
            return;
        }
        try {
            byte[] bytes = new ClassPathResource("demo/demo-article-ar.txt").getContentAsByteArray();
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("checker",
                    null, Role.CHECKER.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
            Article a = articles.importArticle(new ImportRequest(null,
                    new RawDocument(bytes, "demo-article-ar.txt", "text/plain"), "محطة كهرباء جديدة في ذي قار",
                    null, "Claimdesk demo", null, null, null, null, null, false));
            log.info("Demo mode: imported the demo article {} ({} warnings)", a.id(), a.warnings().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
