package io.claimdesk.cli;

import io.claimdesk.ClaimdeskApplication;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.user.domain.Role;
import io.claimdesk.user.domain.UserService;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code java -jar claimdesk.jar import|export|backup|restore|retrain-checkworthiness|rollback-checkworthiness|refresh-suggestions ...}: starts Claimdesk without the web server on the configured
 * database (the same {@code CLAIMDESK_*} settings as the server), acts as one account ({@code --as}, default
 * {@code admin}) whose role limits what it may do, runs the command and exits.
 *
 * {@code version} prints the build without starting anything.
 *
 * <p>Exit codes: 0 success; 1 some files failed (import) or the export failed; 2 wrong usage.
 */
public final class ClaimdeskCli {

    /** First arguments that select command-line mode. */
    public static final Set<String> COMMANDS = Set.of("import", "export", "backup", "restore", "version",
            "--version", "help", "--help", "retrain-checkworthiness", "rollback-checkworthiness",
            "refresh-suggestions");

    private ClaimdeskCli() {
    }

    /** Runs one command and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.println(usage());
            return 0;
        }
        if (args[0].equals("version") || args[0].equals("--version")) {
            out.println(BuildVersion.fromClasspath().describe());
            return 0;
        }
        CommandLine line;
        try {
            line = switch (args[0]) {
                case "import" -> CommandLine.parse(args, Set.of("as", "charset", "language"), Set.of("force"));
                case "backup", "restore" -> CommandLine.parse(args, Set.of("as", "out"), Set.of());
                case "retrain-checkworthiness", "rollback-checkworthiness", "refresh-suggestions" ->
                        CommandLine.parse(args, Set.of("as"), Set.of());
                default -> CommandLine.parse(args, Set.of("as", "format", "out", "article", "status", "verdict",
                        "from", "to", "date-field", "lang", "variant"), Set.of("no-bom"));
            };
        } catch (ValidationException e) {
            err.println(e.getMessage());
            err.println(usage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClaimdeskApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.autoconfigure.exclude=" + String.join(",",
                                "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                                "com.vaadin.flow.spring.VaadinScopesConfig"),
                        "logging.level.root=WARN", "logging.level.io.claimdesk=WARN",
                        "claimdesk.suggestions.scheduled-refresh=false", "claimdesk.neighbours.backfill=false",
                        "claimdesk.checkworthiness.preload=false",
                        "logging.level.io.claimdesk.user.domain.AccountBootstrap=INFO")
                .run()) {
            String username = line.option("as") == null ? "admin" : line.option("as");
            if (!signIn(context.getBean(UserService.class), username, err)) {
                return 2;
            }
            return switch (line.command()) {
                case "import" -> context.getBean(ImportCommand.class).run(line, out, err);
                case "backup" -> context.getBean(BackupCommand.class).backup(line, out, err);
                case "restore" -> context.getBean(BackupCommand.class).restore(line, out, err);
                case "retrain-checkworthiness" -> context.getBean(CheckWorthinessCommand.class).retrain(out, err);
                case "rollback-checkworthiness" -> context.getBean(CheckWorthinessCommand.class).rollback(out, err);
                case "refresh-suggestions" -> context.getBean(CheckWorthinessCommand.class).refreshSuggestions(out);
                default -> context.getBean(ExportCommand.class).run(line, out, err);
            };
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean signIn(UserService users, String username, PrintStream err) {
        var user = users.activeByUsername(username).orElse(null);
        if (user == null) {
            err.println("No active account " + username + " (use --as USERNAME).");
            return false;
        }
        Role role = user.role();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                user.username(), null, role.authorities().stream().map(SimpleGrantedAuthority::new).toList()));
        return true;
    }

    static String usage() {
        return """
                Usage:
                  java -jar claimdesk.jar version
                      The build: version, commit and build time (the same as /actuator/info).
                  java -jar claimdesk.jar import [--as USER] [--force] [--charset NAME] [--language CODE] FILE|DIR...
                      Imports every file (.txt in any common encoding, .html, .docx, .pdf); directories are walked.
                      --force imports texts that already exist; --charset overrides encoding detection.
                  java -jar claimdesk.jar export --format csv|json|claimreview|annotations|report-html|report-pdf
                         --out FILE [--as USER] [--article ID] [--status STATUS] [--verdict CODE] [--from YYYY-MM-DD]
                         [--to YYYY-MM-DD] [--date-field CLAIM_DATE|CREATED] [--no-bom] [--lang en|ar]
                         [--variant public|internal]
                      Same filters and output as the export dialog and /api/v1/export/*; the reports (of --article)
                      as /api/v1/articles/ID/report.*. --variant public (default): verdicts of approved claims only.
                  java -jar claimdesk.jar backup [--as ADMIN] [--out FILE]
                      Compressed dump of the whole database (accounts, content, history as stored) to FILE, or
                      into CLAIMDESK_BACKUP_DIR keeping the newest CLAIMDESK_BACKUP_KEEP.
                  java -jar claimdesk.jar restore [--as ADMIN] FILE
                      Restores such a dump into a new, empty instance of the same version (stop the server first).
                  java -jar claimdesk.jar retrain-checkworthiness [--as ADMIN]
                      Retrains the check-worthiness model from the desk's decisions (claims made = check-worthy,
                      claims dismissed and suggestions ignored in worked articles = not), the project's sentences
                      and the public CheckThat! train splits when CLAIMDESK_CHECKWORTHINESS_PUBLIC_DIR (default
                      ../shared/checkworthiness) holds them; prints cross-validated MAP before and after, records the
                      version and uses it only when it is not worse.
                  java -jar claimdesk.jar rollback-checkworthiness [--as ADMIN]
                      Uses the previously active check-worthiness model version again.
                  java -jar claimdesk.jar refresh-suggestions [--as USER]
                      Scores every article whose stored suggestions are missing or stale (text edited, another
                      model in use) for the "Worth checking now" list now (the server does it in the background).
                The database is the configured one (CLAIMDESK_DB_URL, or the embedded one in CLAIMDESK_DATA_DIR).
                Exit codes: 0 success, 1 a file failed or the export failed, 2 wrong usage.""";
    }
}
