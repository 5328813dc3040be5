package io.claimdesk.notification.domain;

import io.claimdesk.core.i18n.Translations;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends notification e-mails with Spring's {@link JavaMailSender} (configured by Spring Boot from
 * {@code spring.mail.*}), one plain-text UTF-8 message per notification, in the recipient's UI language (subject,
 * text and a {@code Content-Language} header), with a link to the claim ({@link NotificationProperties#claimUrl}).
 * Sending runs on one background thread in the order asked, so a slow SMTP server never holds up a request; a
 * failure is logged and the notification stays in the application.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    /** One e-mail to send: everything is read before, so sending needs no database. */
    public record Mail(String to, String language, NotificationKind kind, long claimId, String statement,
                       String actorName, String note) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationProperties properties;
    private final Translations translations;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimdesk-mail");
        t.setDaemon(true);
        return t;
    });

    public NotificationMailer(ObjectProvider<JavaMailSender> senders, NotificationProperties properties,
                              Translations translations) {
        this.senders = senders;
        this.properties = properties;
        this.translations = translations;
    }

    /** Whether e-mail is configured ({@code spring.mail.host} set). */
    public boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    /** Queues the e-mail; nothing happens when no mail server is configured. */
    public void sendLater(Mail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        executor.execute(() -> send(sender, mail));
    }

    private void send(JavaMailSender sender, Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            Locale locale = Translations.localeOf(mail.language());
            helper.setFrom(properties.mailFrom());
            helper.setTo(mail.to());
            // a subject line carries no bidi isolates (mail clients show them as boxes)
            helper.setSubject(Translations.plain("notification.mail.subject." + mail.kind().wireName(),
                    locale, String.valueOf(mail.claimId())));
            helper.setText(text(mail, locale));
            message.setHeader("Content-Language", locale.getLanguage());
            sender.send(message);
        } catch (MessagingException | MailException e) {
            log.warn("Notification e-mail ({}) about claim {} could not be sent: {}", mail.kind().wireName(),
                    mail.claimId(), e.getMessage());
        }
    }

    /** The body: who did what to which claim, the reason or comment, the link, and how to stop these e-mails. */
    String text(Mail mail, Locale locale) {
        StringBuilder body = new StringBuilder();
        body.append(translations.getTranslation("notification.text." + mail.kind().wireName(), locale,
                mail.actorName(), String.valueOf(mail.claimId()))).append("\n\n");
        body.append(mail.statement()).append("\n\n");
        if (!mail.note().isBlank()) {
            body.append(translations.getTranslation("notification.mail.note", locale, mail.note())).append("\n\n");
        }
        body.append(translations.getTranslation("notification.mail.open", locale))
                .append("\n").append(properties.claimUrl(mail.claimId())).append("\n\n");
        body.append(translations.getTranslation("notification.mail.footer", locale)).append("\n");
        return body.toString();
    }

    @PreDestroy
    void shutdown() {
        executor.shutdown();
    }
}
