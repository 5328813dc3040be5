package io.claimdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimdesk.support.Api;
import io.claimdesk.support.IntegrationTest;
import io.claimdesk.support.TestDatabase;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.TestAccounts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line mode of the jar, run in-process against the test database. */
class ClaimdeskCliDbTest extends IntegrationTest {

    private static final String[] CITIES = {"البصرة", "الموصل", "أربيل", "كربلاء", "النجف", "الرمادي", "كركوك"};

    @BeforeAll
    static void pointTheCommandLineAtTheTestDatabase() {
        TestDatabase db = TestDatabase.get();
        System.setProperty("claimdesk.db.url", db.url());
        System.setProperty("claimdesk.db.user", db.user());
        System.setProperty("claimdesk.db.password", db.password());
        System.setProperty("claimdesk.data-dir", "target/cli-data");
    }

    @AfterAll
    static void forget() {
        System.clearProperty("claimdesk.db.url");
        System.clearProperty("claimdesk.db.user");
        System.clearProperty("claimdesk.db.password");
        System.clearProperty("claimdesk.data-dir");
    }

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClaimdeskCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String arabic(int n, String marker) {
        String city = CITIES[n % CITIES.length];
        return "أعلنت السلطات في " + city + "، الثلاثاء، افتتاح " + (n + 2) + " مدارس جديدة تتسع لـ " + (n + 1) * 300
                + " طالب، فيما طالب أولياء الأمور بزيادة عدد المعلمين.\n"
                + "وقال مدير التربية إن العمل سيكتمل في " + (2027 + n % 3) + " وفق الخطة. " + marker + "\n"
                + "وكالات\n";
    }

    static String english(int n, String marker) {
        return "The port authority said on Monday that " + (n + 10) + " ships docked in March, "
                + "while unions warned of delays. " + marker + "\nOfficials confirmed the figure.\n(Reuters)\n";
    }

    @Test
    void import_of_a_folder_reports_imported_duplicates_and_failures() throws IOException {
        Path dir = Files.createTempDirectory("claimdesk-cli");
        String run = UUID.randomUUID().toString();
        int n = 0;
        // 17 distinct articles in mixed formats and encodings
        Files.write(dir.resolve("01-utf8.txt"), arabic(n++, run).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("02-cp1256.txt"), arabic(n++, run).getBytes(Charset.forName("windows-1256")));
        Files.write(dir.resolve("03-iso8859-6.txt"), arabic(n++, run).getBytes(Charset.forName("ISO-8859-6")));
        Files.write(dir.resolve("04-utf16le.txt"), withBom(new byte[]{(byte) 0xFF, (byte) 0xFE},
                arabic(n++, run).getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("05-utf16be.txt"), withBom(new byte[]{(byte) 0xFE, (byte) 0xFF},
                arabic(n++, run).getBytes(StandardCharsets.UTF_16BE)));
        Files.write(dir.resolve("06-utf8-bom.txt"), withBom(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                arabic(n++, run).getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("07-crlf.txt"), arabic(n++, run).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("08-cp1252.txt"), (english(n++, run) + "Café “quoted” – dash\n")
                .getBytes(Charset.forName("windows-1252")));
        for (int i = 0; i < 3; i++) {
            String html = "<html><head><title>Harbour " + i + "</title><script>alert(1)</script></head><body><article>"
                    + "<p>" + english(n++, run).replace("\n", "</p><p>") + "</p></article></body></html>";
            Files.writeString(dir.resolve("1" + i + "-page.html"), html);
        }
        for (int i = 0; i < 3; i++) {
            Files.write(dir.resolve("2" + i + "-report.docx"), docx(arabic(n++, run)));
        }
        for (int i = 0; i < 3; i++) {
            Files.write(dir.resolve("3" + i + "-report.pdf"), pdf(english(n++, run)));
        }
        assertThat(n).isEqualTo(17);
        // two duplicates of files above (same text, other encoding and name) and one unreadable file
        Files.write(dir.resolve("40-duplicate.txt"), arabic(0, run).getBytes(Charset.forName("windows-1256")));
        Files.write(dir.resolve("41-duplicate.txt"), withBom(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                arabic(1, run).getBytes(StandardCharsets.UTF_8)));
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = 0;
        Files.write(dir.resolve("50-broken.txt"), binary);

        Run result = cli("import", "--as", "admin", dir.toString());

        assertThat(result.out()).contains("Summary: 17 imported, 2 duplicate, 1 failed (of 20)");
        assertThat(result.out()).contains("40-duplicate.txt: same text as article")
                .contains("41-duplicate.txt: same text as article");
        assertThat(result.out()).containsPattern("50-broken.txt: (binary|unreadable)");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("(20/20)");
    }

    @Test
    void export_claimreview_is_the_same_as_the_api_for_the_same_filters() throws IOException {
        accounts.ensure("cli-checker", Role.CHECKER);
        accounts.ensure("cli-supervisor", Role.SUPERVISOR);
        Api checker = new Api(baseUrl(), "cli-checker", TestAccounts.PASSWORD);
        Api supervisor = new Api(baseUrl(), "cli-supervisor", TestAccounts.PASSWORD);
        long article = checker.post("/api/v1/articles", Map.of("body", arabic(3, UUID.randomUUID().toString()),
                "url", "https://news.example.org/schools-" + UUID.randomUUID())).json().get("id").asLong();
        JsonNode claim = checker.post("/api/v1/articles/" + article + "/claims",
                Map.of("quote", "افتتاح 5 مدارس جديدة", "claimant", "السلطات المحلية", "claimDate", "2026-11-03"))
                .json();
        long id = claim.get("id").asLong();
        checker.post("/api/v1/claims/" + id + "/evidence", Map.of("url", "https://gov.example.org/schools",
                "stance", "supports"));
        int v = checker.post("/api/v1/claims/" + id + "/transitions", Map.of("action", "start",
                "version", checker.get("/api/v1/claims/" + id).json().get("version").asInt())).json()
                .get("version").asInt();
        v = checker.post("/api/v1/claims/" + id + "/transitions", Map.of("action", "propose", "verdict", "TRUE",
                "rationale", "The ministry list shows five new schools.", "version", v)).json().get("version").asInt();
        Api.Response approved = supervisor.post("/api/v1/claims/" + id + "/transitions",
                Map.of("action", "approve", "version", v));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        Path out = Files.createTempDirectory("claimdesk-cli-export").resolve("claimreview.jsonld");
        Run result = cli("export", "--as", "cli-checker", "--format", "claimreview", "--article",
                Long.toString(article), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        byte[] fromCli = Files.readAllBytes(out);
        byte[] fromApi = checker.get("/api/v1/export/claimreview.jsonld?articleId=" + article).bytes();
        assertThat(new ObjectMapper().readTree(fromCli)).isEqualTo(new ObjectMapper().readTree(fromApi));
        assertThat(new String(fromCli, StandardCharsets.UTF_8)).isEqualTo(new String(fromApi, StandardCharsets.UTF_8));
        assertThat(new ObjectMapper().readTree(fromCli)).hasSize(1);
    }

    @Test
    void wrong_usage_exits_with_2_and_says_why() {
        assertThat(cli("export", "--format", "csv").exit()).isEqualTo(2);
        Run unknown = cli("import", "--bogus", "x");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option --bogus");
        Run nobody = cli("import", "--as", "nobody-here", "x.txt");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("No active account nobody-here");
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text);
        return out.toByteArray();
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(50, 700);
                for (String line : text.split("\n")) {
                    s.showText(line);
                    s.newLineAtOffset(0, -16);
                }
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
