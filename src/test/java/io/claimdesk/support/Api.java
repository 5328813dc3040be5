package io.claimdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for API tests: JSON in, JSON out, HTTP Basic for one account. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    public Api(String base, String username, String password) {
        this.base = base;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Api(String base, String authorization, boolean raw) {
        this.base = base;
        this.authorization = authorization;
    }

    /** A client that signs in with a personal access token ({@code Authorization: Bearer}). */
    public static Api bearer(String base, String token) {
        return new Api(base, "Bearer " + token, true);
    }

    public record Response(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {
        public Response(int status, String contentType, byte[] bytes) {
            this(status, contentType, bytes, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body(), e);
            }
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    public Response postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes(body))));
    }

    /** POSTs a multipart/form-data body with one file part named {@code file} and text fields. */
    public Response postFile(String path, String fileName, String contentType, byte[] bytes,
                             java.util.Map<String, String> fields) {
        String boundary = "claimdesk-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> {
            write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write.accept(value + "\r\n");
        });
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(bytes);
        write.accept("\r\n--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    public static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
