package io.claimdesk.notification.domain;

import io.claimdesk.claim.domain.ClaimEventRecorded;
import io.claimdesk.core.db.ClusterBus;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The signed-in user's notifications, and the making of notifications from the claims' history (issue 16).
 *
 * <p>Who is told (never the one who acted, only active accounts):
 * <ul>
 *   <li>{@code claim.assigned}: the new assignee, {@link NotificationKind#ASSIGNED};</li>
 *   <li>{@code status.changed} by {@code propose}: every supervisor and administrator,
 *       {@link NotificationKind#REVIEW_REQUESTED};</li>
 *   <li>by {@code request_changes} and {@code approve}: the claim's checker (its assignee and its proposer; the
 *       creator when it has neither), {@link NotificationKind#CHANGES_REQUESTED} / {@link NotificationKind#APPROVED};</li>
 *   <li>by {@code dismiss}: the assignee, else the creator, {@link NotificationKind#DISMISSED};</li>
 *   <li>{@code comment.added}: every user named as {@code @username} in it ({@link Mentions}),
 *       {@link NotificationKind#MENTIONED}.</li>
 * </ul>
 * Notifications are made after the change commits, in a transaction of their own that also sends one
 * {@code notification} message through the {@link ClusterBus} (payload {@code users}: the recipients' ids), so the
 * bells of every node update; e-mails go out after that commit, to recipients who chose the kind.
 */
@Service
public class NotificationService {

    /** Most notifications one list answer holds. */
    public static final int MAX_LIST = 200;
    /** Bus topic of new or read notifications. */
    public static final String TOPIC = "notification";

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int USERS_PER_MESSAGE = 300;

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final ClusterBus bus;
    private final NotificationMailer mailer;
    private final TransactionTemplate newTransaction;

    public NotificationService(NotificationRepository repository, CurrentUser currentUser, ClusterBus bus,
                               NotificationMailer mailer, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.bus = bus;
        this.mailer = mailer;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes the notifications of one history event, after the transaction that recorded it committed. A failure
     * is logged, never thrown: the change itself has committed and must not look failed to its author.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void onClaimEvent(ClaimEventRecorded event) {
        try {
            newTransaction.executeWithoutResult(status -> notify(event));
        } catch (RuntimeException e) {
            log.warn("Notifications of claim event {} ({}) failed", event.eventId(), event.kind(), e);
        }
    }

    private void notify(ClaimEventRecorded event) {
        Map<NotificationKind, Set<Long>> recipients = recipients(event);
        Set<Long> told = new TreeSet<>();
        List<Created> created = new ArrayList<>();
        for (var entry : recipients.entrySet()) {
            Set<Long> users = repository.active(entry.getValue());
            for (long user : users) {
                if (event.actorId() != null && event.actorId() == user) {
                    continue;
                }
                if (repository.insert(user, entry.getKey(), event.claimId(), event.eventId(), event.actorId(),
                        event.note())) {
                    told.add(user);
                    created.add(new Created(user, entry.getKey()));
                }
            }
        }
        if (told.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(told);
        for (int i = 0; i < ids.size(); i += USERS_PER_MESSAGE) {
            bus.publish(TOPIC, Map.of("users", ids.subList(i, Math.min(ids.size(), i + USERS_PER_MESSAGE)),
                    "claim", event.claimId()));
        }
        List<NotificationMailer.Mail> mails = mails(event, created);
        if (!mails.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mails.forEach(mailer::sendLater);
                }
            });
        }
    }

    private record Created(long userId, NotificationKind kind) {
    }

    private List<NotificationMailer.Mail> mails(ClaimEventRecorded event, List<Created> created) {
        if (!mailer.enabled()) {
            return List.of();
        }
        var recipients = repository.mailRecipients(created.stream().map(Created::userId).toList());
        List<NotificationMailer.Mail> mails = new ArrayList<>();
        String statement = null;
        String actor = null;
        for (Created c : created) {
            var r = recipients.get(c.userId());
            if (r == null || !r.kinds().contains(c.kind())) {
                continue;
            }
            if (statement == null) {
                statement = repository.statement(event.claimId());
                actor = repository.displayName(event.actorId());
            }
            mails.add(new NotificationMailer.Mail(r.email(), r.language(), c.kind(), event.claimId(), statement,
                    actor, event.note() == null ? "" : event.note()));
        }
        return mails;
    }

    /** Who is to be told what about this event (before removing the actor and inactive accounts). */
    Map<NotificationKind, Set<Long>> recipients(ClaimEventRecorded event) {
        Map<NotificationKind, Set<Long>> to = new EnumMap<>(NotificationKind.class);
        switch (event.kind()) {
            case "claim.assigned" -> {
                if (event.assigneeId() != null) {
                    to.put(NotificationKind.ASSIGNED, Set.of(event.assigneeId()));
                }
            }
            case "comment.added" -> {
                if (event.note() != null) {
                    Set<Long> mentioned = repository.activeByUsername(Mentions.usernames(event.note()));
                    if (!mentioned.isEmpty()) {
                        to.put(NotificationKind.MENTIONED, mentioned);
                    }
                }
            }
            case "status.changed" -> {
                if (event.action() == null) {
                    break;
                }
                var parties = repository.parties(event.claimId()).orElse(null);
                if (parties == null) {
                    break;
                }
                switch (event.action()) {
                    case "propose" -> to.put(NotificationKind.REVIEW_REQUESTED, repository.activeReviewers());
                    case "request_changes" -> to.put(NotificationKind.CHANGES_REQUESTED, checkers(parties));
                    case "approve" -> to.put(NotificationKind.APPROVED, checkers(parties));
                    case "dismiss" -> to.put(NotificationKind.DISMISSED, Set.of(
                            parties.assigneeId() != null ? parties.assigneeId() : parties.createdBy()));
                    default -> {
                        // start, reopen: nobody is waiting for these
                    }
                }
            }
            default -> {
                // edits, evidence, anchors: shown live on open pages, not notified
            }
        }
        return to;
    }

    private static Set<Long> checkers(NotificationRepository.ClaimParties parties) {
        Set<Long> ids = new LinkedHashSet<>();
        if (parties.assigneeId() != null) {
            ids.add(parties.assigneeId());
        }
        if (parties.proposedBy() != null) {
            ids.add(parties.proposedBy());
        }
        if (ids.isEmpty()) {
            ids.add(parties.createdBy());
        }
        return ids;
    }

    /**
     * The signed-in user's notifications, newest first.
     *
     * @param limit 1 to {@value #MAX_LIST} (clamped)
     */
    @PreAuthorize("isAuthenticated()")
    public List<Notification> mine(boolean unreadOnly, int limit) {
        return repository.find(me().id(), unreadOnly, Math.max(1, Math.min(MAX_LIST, limit)));
    }

    @PreAuthorize("isAuthenticated()")
    public int unreadCount() {
        return repository.unreadCount(me().id());
    }

    /**
     * Marks one of the signed-in user's notifications read (again: no change).
     *
     * @throws NotFoundException when it is not one of theirs
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        long me = me().id();
        if (!repository.owns(me, id)) {
            throw new NotFoundException("Notification", id);
        }
        if (repository.markRead(me, id) > 0) {
            bus.publish(TOPIC, Map.of("users", List.of(me)));
        }
    }

    /** Marks all of the signed-in user's notifications read; answers how many were unread. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        long me = me().id();
        int n = repository.markAllRead(me);
        if (n > 0) {
            bus.publish(TOPIC, Map.of("users", List.of(me)));
        }
        return n;
    }

    @PreAuthorize("isAuthenticated()")
    public NotificationSettings settings() {
        return repository.settings(me().id());
    }

    /**
     * Saves the signed-in user's e-mail preference.
     *
     * @param email  address, or null/blank for none (then no e-mail is sent whatever the kinds)
     * @param kinds  the kinds that also go out by e-mail
     * @throws ValidationException {@code notification.emailInvalid} for an address that is not one (or over 254
     *                             characters)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public NotificationSettings saveSettings(@Nullable String email, Set<NotificationKind> kinds) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw ValidationException.of("notification.emailInvalid");
        }
        long me = me().id();
        repository.saveSettings(me, address, kinds);
        return repository.settings(me);
    }

    /** The signed-in user's id. */
    @PreAuthorize("isAuthenticated()")
    public long myId() {
        return me().id();
    }

    private AppUser me() {
        return currentUser.require();
    }
}
