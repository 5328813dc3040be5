package io.claimdesk.core.work;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells whether the client of the current HTTP request has closed its connection, while the request thread waits
 * for a job. The Servlet API has no such notice (Spring's documentation says so for long-running responses), and
 * Tomcat does not report a disconnect of an asynchronous request either (tried with Tomcat 10.1.48: only the
 * async time-out fires). So this asks Tomcat's connection directly: a non-blocking read on the socket
 * ({@code ActionCode.AVAILABLE} with a read) finds end-of-stream when the client is gone; Tomcat's
 * {@code Http11InputBuffer.available} then answers 1. Two probes in a row must say so, because the first
 * probe after a pipelined request arrived also answers with its length (a second probe then answers 0); a request
 * with unread body data is never judged (its data would look the same).
 *
 * <p>Outside a request (command line, tests), on another servlet container, or if Tomcat's internals change, the
 * probe answers "still connected": the time limit of {@link BoundedWork} still bounds the job.
 */
final class ClientConnection {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
    private static final BooleanSupplier UNKNOWN = () -> false;
    private static volatile boolean broken;

    private ClientConnection() {
    }

    /** A probe of the current request's connection: true once the client has gone away. */
    static BooleanSupplier ofCurrentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (broken || !(attributes instanceof ServletRequestAttributes servlet)) {
            return UNKNOWN;
        }
        org.apache.coyote.Request coyote = coyote(servlet.getRequest());
        if (coyote == null) {
            return UNKNOWN;
        }
        return () -> gone(coyote);
    }

    private static boolean gone(org.apache.coyote.Request request) {
        try {
            request.action(ActionCode.AVAILABLE, Boolean.FALSE);
            if (request.getAvailable() > 0) {
                return false; // unread body data: cannot tell
            }
            for (int probe = 0; probe < 2; probe++) {
                request.action(ActionCode.AVAILABLE, Boolean.TRUE);
                if (request.getAvailable() <= 0) {
                    AtomicBoolean io = new AtomicBoolean(true);
                    request.action(ActionCode.IS_IO_ALLOWED, io);
                    return !io.get();
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static org.apache.coyote.@org.jspecify.annotations.Nullable Request coyote(ServletRequest request) {
        ServletRequest r = request;
        while (r instanceof ServletRequestWrapper wrapper) {
            r = wrapper.getRequest();
        }
        if (!(r instanceof org.apache.catalina.connector.RequestFacade facade)) {
            return null;
        }
        try {
            Field field = org.apache.catalina.connector.RequestFacade.class.getDeclaredField("request");
            field.setAccessible(true);
            Object connector = field.get(facade);
            return connector instanceof org.apache.catalina.connector.Request c ? c.getCoyoteRequest() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            broken = true;
            log.warn("Cannot watch client connections on this Tomcat ({}); heavy jobs stop at their time limit only",
                    e.toString());
            return null;
        }
    }
}
