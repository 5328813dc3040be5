package io.claimdesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP/1.0 requests sent from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so tests can play clients at
 * different addresses on one machine. HTTP/1.0 keeps the answer unchunked; the connection closes after it.
 */
public final class BoundHttp {

    private final int port;
    private final String localAddress;

    public BoundHttp(int port, String localAddress) {
        this.port = port;
        this.localAddress = localAddress;
    }

    /** Status line code and body of one answer. */
    public record Answer(int status, String head, String body) {
    }

    /** GET {@code path} with HTTP Basic credentials. */
    public Answer getBasic(String path, String username, String password) {
        String auth = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAuthorization: Basic " + auth + "\r\n\r\n");
    }

    /** GET {@code path} with an {@code Authorization} header as given. */
    public Answer get(String path, String authorization) {
        return send("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAuthorization: " + authorization + "\r\n\r\n");
    }

    private Answer send(String request) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port,
                InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
