package io.claimdesk.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text boundary of issue 14, as a property over the whole API: every endpoint that {@code /v3/api-docs} lists
 * with a string query parameter, a JSON string field (also in lists and nested objects) or a multipart text field
 * gets hostile strings in that one place, the rest of the request filled with plausible values. It must answer
 * 2xx or 4xx, never 5xx; a 4xx is problem+json with a detail; a lone surrogate and a text over the field's limit
 * are 422 naming the field.
 */
class HostileTextApiDbTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Hostile strings that must be cleaned or refused, never answered with 500. */
    static final Map<String, String> CLEANABLE = Map.of(
            "nul", "قالت\u0000 الوزارة",
            "c0-c1", "a\u0001b\u0085c\u009fd\u007f\r\ne\rf",
            "nfd-bidi-emoji", "Cafe\u0301 \u0627\u0653\u0644\u0628\u0644\u062f \u202eUN: 📢");

    private Api admin;
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private String verdictCode;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @BeforeEach
    void fixtures() {
        accounts.ensure("hostile-admin", Role.ADMIN);
        admin = new Api(baseUrl(), "hostile-admin", TestAccounts.PASSWORD);
        Api.Response article = admin.post("/api/v1/articles", Map.of("title", "Hostile fixture",
                "body", "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + UUID.randomUUID(), "force", true));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        ids.put("articles", article.json().get("id").asLong());
        Api.Response claim = admin.post("/api/v1/articles/" + ids.get("articles") + "/claims",
                Map.of("quote", "الأسعار لن ترتفع", "statement", "الأسعار لن ترتفع"));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        ids.put("claims", claim.json().get("id").asLong());
        Api.Response evidence = admin.post("/api/v1/claims/" + ids.get("claims") + "/evidence",
                Map.of("url", "https://example.org/hostile/" + UUID.randomUUID(), "stance", "supports"));
        assertThat(evidence.status()).as(evidence.body()).isBetween(200, 201);
        ids.put("evidence", evidence.json().get("id").asLong());
        ids.put("sources", evidence.json().get("source").get("id").asLong());
        ids.put("users", accounts.ensure("hostile-target", Role.CHECKER).id());
        verdictCode = admin.get("/api/v1/verdicts").json().get(0).get("code").asText();
    }

    @Test
    void every_endpoint_answers_hostile_text_with_2xx_or_a_problem_naming_the_field() throws Exception {
        JsonNode docs = JSON.readTree(admin.get("/v3/api-docs").bytes());
        JsonNode schemas = docs.path("components").path("schemas");
        int endpoints = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (path.getKey().equals("/api/v1/import")) {
                    continue; // restores a whole backup into an empty instance; covered by its own tests
                }
                endpoints += probe(method, path.getKey(), op.getValue(), schemas) ? 1 : 0;
            }
        }
        assertThat(endpoints).as("endpoints with text inputs").isGreaterThan(15);
        assertThat(failures).as("after " + requests + " requests").isEmpty();
    }

    @Test
    void a_nul_is_removed_from_title_statement_comment_tag_excerpt_and_search_query() {
        String marker = UUID.randomUUID().toString();
        Api.Response article = admin.post("/api/v1/articles", Map.of("title", "عنوان\u0000 التقرير",
                "body", "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + marker, "force", true));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        assertThat(article.json().get("title").asText()).isEqualTo("عنوان التقرير");
        long articleId = article.json().get("id").asLong();

        Api.Response claim = admin.post("/api/v1/articles/" + articleId + "/claims", Map.of(
                "quote", "الأسعار لن ترتفع", "statement", "الأسعار\u0000 لن ترتفع", "tags", List.of("اقتصاد\u0000")));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.json().get("statement").asText()).isEqualTo("الأسعار لن ترتفع");
        assertThat(claim.json().get("tags").get(0).asText()).isEqualTo("اقتصاد");
        long claimId = claim.json().get("id").asLong();

        Api.Response comment = admin.post("/api/v1/claims/" + claimId + "/comments", Map.of("body", "تعليق\u0000 أول"));
        assertThat(comment.status()).as(comment.body()).isBetween(200, 201);
        assertThat(comment.json().get("body").asText()).isEqualTo("تعليق أول");

        Api.Response evidence = admin.post("/api/v1/claims/" + claimId + "/evidence", Map.of(
                "url", "https://example.org/nul/" + marker, "stance", "refutes", "excerpt", "مقتطف\u0000 من المصدر"));
        assertThat(evidence.status()).as(evidence.body()).isBetween(200, 201);
        assertThat(evidence.json().get("excerpt").asText()).isEqualTo("مقتطف من المصدر");

        Api.Response search = admin.get("/api/v1/claims?articleId=" + articleId + "&q="
                + URLEncoder.encode("الأسعار\u0000", StandardCharsets.UTF_8));
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().get("items").findValuesAsText("id")).containsExactly(String.valueOf(claimId));
    }

    @Test
    void a_lone_surrogate_and_an_over_long_text_are_422_naming_the_field() {
        Api.Response surrogate = admin.send(admin.request("/api/v1/claims/" + ids.get("claims") + "/comments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"a\\ud800b\"}")));
        assertThat(surrogate.status()).as(surrogate.body()).isEqualTo(422);
        assertThat(surrogate.contentType()).startsWith("application/problem+json");
        assertThat(surrogate.json().get("field").asText()).isEqualTo("body");
        assertThat(surrogate.json().get("detail").asText()).isEqualTo("The field 'body' contains an unpaired "
                + "surrogate (U+D800) at character 1; it encodes no character. Send the text as well-formed UTF-8.");

        Api.Response longQuery = admin.get("/api/v1/claims?q=" + "x".repeat(201));
        assertThat(longQuery.status()).isEqualTo(422);
        assertThat(longQuery.json().get("field").asText()).isEqualTo("q");
        assertThat(longQuery.json().get("detail").asText())
                .isEqualTo("The field 'q' is 201 characters long; at most 200 are allowed.");
    }

    /** Sends every hostile value to every text input of one operation; returns whether it had any. */
    private boolean probe(String method, String template, JsonNode op, JsonNode schemas) {
        boolean any = false;
        List<JsonNode> stringParams = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("query") && isText(resolve(p.path("schema"), schemas))) {
                stringParams.add(p);
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        JsonNode json = content.path("application/json").path("schema");
        boolean multipartOp = content.has("multipart/form-data");
        for (JsonNode p : stringParams) {
            any = true;
            String name = p.get("name").asText();
            for (Map.Entry<String, String> h : CLEANABLE.entrySet()) {
                if (multipartOp) {
                    multipart(template, name, h.getKey(), h.getValue(), false);
                } else {
                    check(method, template, op, schemas, Map.of(name, h.getValue()), plainBody(json, schemas),
                            h.getKey(), name, false);
                }
            }
            if (multipartOp) {
                multipart(template, name, "long", "x".repeat(3000), true);
            } else {
                check(method, template, op, schemas, Map.of(name, "x".repeat(3000)), plainBody(json, schemas),
                        "long", name, true);
            }
        }
        if (!json.isMissingNode()) {
            JsonNode schema = resolve(json, schemas);
            for (List<String> field : textFields(schema, schemas, List.of())) {
                any = true;
                String name = field.get(field.size() - 1);
                for (Map.Entry<String, String> h : CLEANABLE.entrySet()) {
                    check(method, template, op, schemas, Map.of(), body(schema, schemas, field, h.getValue()),
                            h.getKey(), name, false);
                }
                check(method, template, op, schemas, Map.of(), body(schema, schemas, field, "\uD800 lone"),
                        "surrogate", name, true);
                check(method, template, op, schemas, Map.of(), body(schema, schemas, field, "x".repeat(20_001)),
                        "long", name, true);
            }
        }
        JsonNode multipart = content.path("multipart/form-data").path("schema");
        if (!multipart.isMissingNode()) {
            any = true;
            for (Map.Entry<String, String> h : CLEANABLE.entrySet()) {
                multipart(template, "filename", h.getKey(), "a" + h.getValue() + ".txt", false);
            }
            multipart(template, "filename", "long", "x".repeat(300) + ".txt", true);
            for (Iterator<Map.Entry<String, JsonNode>> it = resolve(multipart, schemas).path("properties").fields();
                 it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (isText(resolve(f.getValue(), schemas)) && !f.getValue().path("format").asText().equals("binary")) {
                        for (Map.Entry<String, String> h : CLEANABLE.entrySet()) {
                        multipart(template, f.getKey(), h.getKey(), h.getValue(), false);
                    }
                    multipart(template, f.getKey(), "long", "x".repeat(3000), true);
                }
            }
        }
        return any;
    }

    private ObjectNode plainBody(JsonNode json, JsonNode schemas) {
        return json.isMissingNode() ? null : body(resolve(json, schemas), schemas, List.of(), "");
    }

    private void multipart(String template, String field, String kind, String value, boolean mustNameField) {
        String text = "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + UUID.randomUUID();
        Map<String, String> fields = field.equals("filename") ? Map.of("force", "true")
                : Map.of(field, value, "force", "true");
        String fileName = field.equals("filename") ? value : "story.txt";
        Api.Response r = admin.postFile(path(template), fileName, "text/plain",
                text.getBytes(StandardCharsets.UTF_8), fields);
        judge("POST " + template + " multipart", field, kind, r, mustNameField);
    }

    private void check(String method, String template, JsonNode op, JsonNode schemas, Map<String, String> query,
                       ObjectNode body, String kind, String field, boolean mustNameField) {
        StringBuilder url = new StringBuilder(path(template));
        Map<String, String> params = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                params.put(p.get("name").asText(), plain(p.get("name").asText(), resolve(p.path("schema"), schemas),
                        template).asText());
            }
        }
        params.putAll(query);
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(),
                    StandardCharsets.UTF_8));
            sep = '&';
        }
        HttpRequest.Builder request = admin.request(url.toString());
        if (body != null && body.has("version")) {
            body.put("version", currentVersion(path(template)));
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofByteArray(rawJson(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        judge(method + " " + template, field, kind, admin.send(request), mustNameField);
    }

    private void judge(String endpoint, String field, String kind, Api.Response r, boolean mustNameField) {
        requests++;
        String where = endpoint + " field " + field + " (" + kind + "): " + r.status() + " " + abbreviate(r.body());
        if (r.status() >= 500 || r.status() < 200 || (r.status() >= 300 && r.status() < 400)) {
            failures.add(where);
            return;
        }
        if (r.status() >= 400) {
            if (!r.contentType().startsWith("application/problem+json") || r.json().path("detail").asText().isBlank()) {
                failures.add("not a problem with a detail: " + where);
                return;
            }
        }
        if (mustNameField && !(r.status() < 300 && kind.equals("long"))) {
            if (r.status() != 422 || !field.equals(r.json().path("field").asText())
                    || !r.json().path("detail").asText().contains(field)) {
                failures.add("expected 422 naming the field: " + where);
            }
        }
    }

    /** The version of the resource at {@code path} or of the nearest resource above it; 0 when none is found. */
    private int currentVersion(String path) {
        for (String p = path; p.lastIndexOf('/') > "/api/v1".length(); p = p.substring(0, p.lastIndexOf('/'))) {
            Api.Response r = admin.get(p);
            if (r.status() == 200 && r.contentType().contains("json")) {
                JsonNode j = r.json();
                if (j.has("version")) {
                    return j.get("version").asInt();
                }
                for (JsonNode child : j) {
                    if (child.has("version")) {
                        return child.get("version").asInt();
                    }
                }
            }
        }
        return 0;
    }

    /** JSON bytes that keep a lone surrogate as a {@code \\uD800} escape (Jackson would write it raw). */
    private static byte[] rawJson(JsonNode body) {
        try {
            String s = JSON.writeValueAsString(body);
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (Character.isSurrogate(c) && !paired
                        && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private String path(String template) {
        String p = template;
        String collection = template.replaceFirst("^/api/v1/([^/]+).*", "$1");
        long id = ids.getOrDefault(collection, ids.get("claims"));
        p = p.replace("{claimId}", String.valueOf(ids.get("claims")));
        p = p.replace("{id}", String.valueOf(id));
        p = p.replace("{code}", verdictCode);
        return p;
    }

    /** Paths (property names) of every text field of an object schema, nested objects and string lists included. */
    private static List<List<String>> textFields(JsonNode schema, JsonNode schemas, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = resolve(p.getValue(), schemas);
            List<String> path = new ArrayList<>(prefix);
            path.add(p.getKey());
            if (isText(s) && !s.has("enum") && !s.has("format")) {
                out.add(path);
            } else if (s.path("type").asText().equals("object")) {
                out.addAll(textFields(s, schemas, path));
            }
        }
        return out;
    }

    /** A plausible body with {@code value} at {@code field}. */
    private ObjectNode body(JsonNode schema, JsonNode schemas, List<String> field, String value) {
        ObjectNode o = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode s = resolve(p.getValue(), schemas);
            if (field.size() > 1 && field.get(0).equals(p.getKey())) {
                o.set(p.getKey(), body(s, schemas, field.subList(1, field.size()), value));
            } else if (field.size() == 1 && field.get(0).equals(p.getKey())) {
                if (s.path("type").asText().equals("array")) {
                    o.set(p.getKey(), NODES.arrayNode().add("ok").add(value));
                } else {
                    o.put(p.getKey(), value);
                }
            } else if (s.path("type").asText().equals("object")) {
                o.set(p.getKey(), body(s, schemas, List.of(), value));
            } else {
                o.set(p.getKey(), plain(p.getKey(), s, null));
            }
        }
        return o;
    }

    /** A harmless, plausible value for a field that is not under test. */
    private JsonNode plain(String name, JsonNode s, String template) {
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText();
        return switch (type) {
            case "integer", "number" -> switch (name) {
                case "version" -> NODES.numberNode(0);
                case "start" -> NODES.numberNode(0);
                case "end" -> NODES.numberNode(4);
                case "assigneeId", "otherId" -> NODES.numberNode(ids.get("users"));
                case "bestRating" -> NODES.numberNode(5);
                default -> NODES.numberNode(1);
            };
            case "boolean" -> NODES.booleanNode(name.equals("force"));
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (s.path("items").path("type").asText().startsWith("int")) {
                    a.add(ids.get("claims"));
                } else {
                    a.add("tag");
                }
                yield a;
            }
            default -> switch (s.path("format").asText()) {
                case "date-time" -> NODES.textNode("2025-01-01T00:00:00Z");
                case "date" -> NODES.textNode("2025-01-01");
                default -> NODES.textNode(switch (name) {
                    case "url", "archiveUrl" -> "https://example.org/h/" + counter.incrementAndGet();
                    case "stance" -> "supports";
                    case "colour" -> "#112233";
                    case "code" -> "HOSTILE_" + counter.incrementAndGet();
                    case "username" -> "hostile" + counter.incrementAndGet();
                    case "password" -> "hostile-password-123";
                    case "language", "lang" -> "ar";
                    case "direction" -> "rtl";
                    case "dateField" -> "CLAIM_DATE";
                    case "action" -> "start";
                    case "body" -> "قالت الوزارة إن الأسعار لن ترتفع هذا العام. " + UUID.randomUUID();
                    default -> "نص عادي";
                });
            };
        };
    }

    private static boolean isText(JsonNode s) {
        return s.path("type").asText().equals("string")
                || (s.path("type").asText().equals("array") && s.path("items").path("type").asText().equals("string"));
    }

    private static JsonNode resolve(JsonNode s, JsonNode schemas) {
        if (s.has("$ref")) {
            return schemas.get(s.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        return s;
    }
}
