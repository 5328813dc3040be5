package io.claimdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The port of the in-process SMTP server of the e-mail tests (GreenMail), chosen free once per JVM and given to
 * the shared application context as {@code spring.mail.port} (see {@link IntegrationTest}); the tests that read
 * mail start GreenMail on it. Without it running, sending fails and is only logged.
 */
public final class TestSmtp {

    private static final int PORT = freePort();

    private TestSmtp() {
    }

    public static int port() {
        return PORT;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
