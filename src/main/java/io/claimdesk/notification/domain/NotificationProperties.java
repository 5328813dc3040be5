package io.claimdesk.notification.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification e-mail settings ({@code claimdesk.notification.*}; as environment variables
 * {@code CLAIMDESK_NOTIFICATION_APP_BASE_URL} and {@code CLAIMDESK_NOTIFICATION_MAIL_FROM}). The SMTP server itself
 * is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, ...; README): without
 * {@code spring.mail.host} no e-mail is sent.
 *
 * @param appBaseUrl the workbench's address as users reach it, ending in {@code /}; links in e-mails start with it
 * @param mailFrom   the sender address of notification e-mails
 */
@ConfigurationProperties("claimdesk.notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080/") String appBaseUrl,
                                     @DefaultValue("claimdesk@localhost") String mailFrom) {

    /** The address of claim {@code claimId}'s page. */
    public String claimUrl(long claimId) {
        return (appBaseUrl.endsWith("/") ? appBaseUrl : appBaseUrl + "/") + "claims/" + claimId;
    }
}
