package se.bricka.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.Reply;
import se.bricka.backend.testing.StaffClient;
import se.bricka.core.wire.ApiPaths;

/**
 * The backend's subcommands run in-process ({@code CommandLine.execute} with captured output) on a
 * database of their own, then a backend on the same database shows that what they did works over HTTP.
 */
abstract class CommandLineContract {

    static final String GOOD_PASSWORD = "tre blå tvättstugor i snön";

    /** The output of one command. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @TempDir
    Path dataDir;

    private final List<Backend> backends = new ArrayList<>();

    /** The flags that name this contract's database. */
    abstract List<String> databaseFlags();

    /** {@code config} on this contract's database. */
    abstract BackendConfig onDatabase(BackendConfig config);

    /** A connection of the test's own to the database. */
    abstract Connection connect() throws SQLException;

    @AfterEach
    void stopBackends() {
        backends.forEach(Backend::close);
    }

    /** Runs a command on this contract's database. */
    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(databaseFlags());
        return runAsGiven(all.toArray(String[]::new));
    }

    /** Runs exactly {@code args}. */
    static Run runAsGiven(String... args) {
        List<String> all = List.of(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BrickaCommand.execute(
                all.toArray(String[]::new), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    Backend startBackend() {
        Backend backend = Backend.start(onDatabase(
                BackendConfig.defaults().withPort(0).withDataDir(dataDir).withClock(Clock.systemUTC())));
        backends.add(backend);
        return backend;
    }

    void stop(Backend backend) {
        backends.remove(backend);
        backend.close();
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String linkPath(String out) {
        Matcher matcher = Pattern.compile("https?://[^/\\s]+(/staff/sign-in-link/[A-Za-z0-9_-]+)")
                .matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    static StaffClient.Page setPassword(URI base, String path, String password, String repeat) {
        return new StaffClient(base).postRaw(path, Map.of("password", password, "repeat", repeat));
    }

    @Test
    void help_and_version_answer_on_every_command() {
        for (String[] args : List.of(
                new String[] {"--help"},
                new String[] {"serve", "--help"},
                new String[] {"init", "--help"},
                new String[] {"staff", "add", "--help"},
                new String[] {"device", "enrollment-code", "--help"})) {
            Run help = runAsGiven(args);
            assertThat(help.status()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).contains("Usage:").contains("--help").contains("--version");
        }
        Run version = runAsGiven("staff", "list", "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("Bricka backend");
    }

    @Test
    void bad_input_is_status_2_with_one_line_naming_it() {
        // when an unknown flag, a bad value of serve's (the default command), a missing option, no command
        Run unknown = run("staff", "list", "--colour=red");
        Run badPort = runAsGiven("--port=eighty");
        Run missingRole = run("staff", "add", "kim", "--name=Kim");
        Run noAction = runAsGiven("device");

        // then each is refused with status 2 and one line that names what is wrong
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.errLines()).singleElement().asString().contains("--colour=red");
        assertThat(badPort.status()).isEqualTo(2);
        assertThat(badPort.errLines())
                .singleElement()
                .asString()
                .contains("--port")
                .contains("'eighty'");
        assertThat(missingRole.status()).isEqualTo(2);
        assertThat(missingRole.errLines()).singleElement().asString().contains("--role");
        assertThat(noAction.status()).isEqualTo(2);
        assertThat(noAction.errLines()).singleElement().asString().contains("enrollment-code");
    }

    @Test
    void init_creates_the_first_administrator_once() throws SQLException {
        // when init runs twice
        Run first = run("init", "--username=anna", "--name=Anna IT", "--public-url=https://bricka.example");
        Run second = run("init", "--username=bertil", "--name=Bertil IT");

        // then the first made the account and printed its link; the second is refused and changes nothing
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("'anna'").contains("https://bricka.example/staff/sign-in-link/");
        assertThat(second.status()).isEqualTo(2);
        assertThat(second.errLines()).singleElement().asString().contains("exists already");
        assertThat(count("SELECT COUNT(*) FROM staff_account")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM admin_audit WHERE action = 'STAFF_INITIALIZED'"))
                .isEqualTo(1);
    }

    @Test
    void an_account_added_on_the_command_line_sets_its_password_through_its_link_and_signs_in() throws SQLException {
        // given an account added with a one-time link
        assertThat(run("init").status()).isZero();
        Run added = run("staff", "add", "kim", "--name=Kim Kundtjänst", "--role=customer-service");
        assertThat(added.status()).as(added.err()).isZero();
        String link = linkPath(added.out());
        Backend backend = startBackend();
        URI base = backend.baseUri();

        // when the person opens the link, tries a weak password, then a good one
        StaffClient.Page form = new StaffClient(base).get(link);
        StaffClient.Page weak = setPassword(base, link, "password1234", "password1234");
        StaffClient.Page beforeSet = new StaffClient(base).signIn("kim", "password1234");
        StaffClient.Page set = setPassword(base, link, GOOD_PASSWORD, GOOD_PASSWORD);

        // then the weak one was refused and changed nothing; the good one is set and signs in, once
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("kim").contains("new-password");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(beforeSet.status()).isEqualTo(401);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(new StaffClient(base).signIn("kim", GOOD_PASSWORD).status()).isEqualTo(303);
        assertThat(setPassword(base, link, "another good passphrase", "another good passphrase")
                        .status())
                .isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM admin_audit WHERE action = 'PASSWORD_SET' AND subject = 'kim'"))
                .isEqualTo(1);
    }

    @Test
    void disable_ends_the_sessions_and_refuses_sign_in() throws SQLException {
        // given a signed-in account
        run("init");
        String link = linkPath(run("staff", "add", "kim", "--name=Kim", "--role=customer-service")
                .out());
        Backend backend = startBackend();
        setPassword(backend.baseUri(), link, GOOD_PASSWORD, GOOD_PASSWORD);
        StaffClient kim = new StaffClient(backend.baseUri());
        assertThat(kim.signIn("kim", GOOD_PASSWORD).status()).isEqualTo(303);
        stop(backend);

        // when it is disabled
        Run disabled = run("staff", "disable", "kim");
        Run again = run("staff", "disable", "kim");

        // then its session is gone, it cannot sign in, and the list says so
        assertThat(disabled.status()).as(disabled.err()).isZero();
        assertThat(again.status()).isEqualTo(2);
        Backend restarted = startBackend();
        StaffClient sameCookie = new StaffClient(restarted.baseUri());
        sameCookie.setCookie("bricka_staff", kim.cookie("bricka_staff"));
        assertThat(sameCookie.get("/staff").status()).isIn(302, 303, 401);
        assertThat(new StaffClient(restarted.baseUri())
                        .signIn("kim", GOOD_PASSWORD)
                        .status())
                .isEqualTo(401);
        stop(restarted);
        assertThat(run("staff", "list").out()).containsPattern("kim\\s+customer-service\\s+disabled");
    }

    @Test
    void reset_gives_a_new_link_and_ends_the_password() throws SQLException {
        // given an account with a password
        run("init");
        String first = linkPath(
                run("staff", "add", "kim", "--name=Kim", "--role=caretaker").out());
        Backend backend = startBackend();
        setPassword(backend.baseUri(), first, GOOD_PASSWORD, GOOD_PASSWORD);
        stop(backend);

        // when it is reset
        Run reset = run("staff", "reset", "kim");

        // then the old password no longer signs in and the new link sets a new one
        assertThat(reset.status()).as(reset.err()).isZero();
        Backend restarted = startBackend();
        URI base = restarted.baseUri();
        assertThat(new StaffClient(base).signIn("kim", GOOD_PASSWORD).status()).isEqualTo(401);
        String second = linkPath(reset.out());
        assertThat(setPassword(base, second, "ett nytt långt lösenord", "ett nytt långt lösenord")
                        .status())
                .isEqualTo(200);
        assertThat(new StaffClient(base)
                        .signIn("kim", "ett nytt långt lösenord")
                        .status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM admin_audit WHERE action = 'STAFF_RESET'"))
                .isEqualTo(1);
    }

    @Test
    void reset_refuses_an_account_of_the_sign_in_provider() throws SQLException {
        // given an account the OpenID Connect provider made at its first sign-in
        run("init");
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO staff_account (username, display_name, staff_role, password_hash)"
                    + " VALUES ('oidc-0123456789abcdef', 'Kim Entra', 'CUSTOMER_SERVICE', '!oidc')");
            statement.execute("INSERT INTO staff_oidc_identity (issuer, subject, staff_id, properties,"
                    + " first_seen_at, last_seen_at) SELECT 'http://127.0.0.1/entra', 'subject-kim', id, '',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM staff_account"
                    + " WHERE username = 'oidc-0123456789abcdef'");
        }

        // when it is reset on the command line
        Run reset = run("staff", "reset", "oidc-0123456789abcdef");

        // then it is refused with a sentence and keeps no password of its own
        assertThat(reset.status()).isEqualTo(BrickaCommand.BAD_INPUT);
        assertThat(reset.err()).contains("oidc-0123456789abcdef", "sign-in provider");
        assertThat(reset.out()).doesNotContain("/staff/");
        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE password_hash = '!oidc'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM staff_sign_in_link l JOIN staff_account a ON a.id = l.staff_id"
                        + " WHERE a.username = 'oidc-0123456789abcdef'"))
                .isZero();
    }

    @Test
    void refused_additions_change_nothing() throws SQLException {
        // when an account is added with an unknown role, a bad username, or an unknown property
        Run role = run("staff", "add", "kim", "--name=Kim", "--role=janitor");
        Run username = run("staff", "add", "kim andersson", "--name=Kim", "--role=caretaker");
        Run property = run("staff", "add", "kim", "--name=Kim", "--role=caretaker", "--property=Nowhere");

        // then each is one line naming the bad value, and no account exists
        assertThat(role.status()).isEqualTo(2);
        assertThat(role.errLines()).singleElement().asString().contains("janitor");
        assertThat(username.status()).isEqualTo(2);
        assertThat(username.errLines()).singleElement().asString().contains("kim andersson");
        assertThat(property.status()).isEqualTo(2);
        assertThat(property.errLines()).singleElement().asString().contains("Nowhere");
        assertThat(count("SELECT COUNT(*) FROM staff_account")).isZero();
        assertThat(count("SELECT COUNT(*) FROM admin_audit")).isZero();
    }

    @Test
    void the_example_estate_imports_through_the_command_line_once_and_a_backend_serves_it() throws SQLException {
        // given the example estate file of the packaging
        String file = exampleEstate().toString();

        // when it is imported twice, then exported
        Run first = run("estate", "import", file);
        Run second = run("estate", "import", file);
        Run export = run("estate", "export");

        // then the first adds the estate, the second changes nothing, and a backend starts on it
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("estate.json: ").doesNotContain("estate.json: 0 added");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains("estate.json: 0 added, 0 changed, 0 retired");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("\"estateVersion\"", "Kvarteret Lärkan");
        assertThat(count("SELECT COUNT(*) FROM apartment")).isGreaterThanOrEqualTo(60);
        Backend backend = startBackend();
        assertThat(new ApiClient(backend.baseUri(), null)
                        .get("/health/ready", Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void an_estate_file_refused_at_the_command_line_names_its_pointer_and_writes_nothing() throws Exception {
        // given a file whose apartment label is empty
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-bad-estate.json");
        java.nio.file.Files.writeString(
                file,
                java.nio.file.Files.readString(exampleEstate())
                        .replaceFirst("\"label\": \"[^\"]+\"", "\"label\": \"\""));

        // when
        Run refused = run("estate", "import", file.toString());

        // then one line names the pointer, and no apartment was written
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.errLines()).hasSize(1);
        assertThat(refused.err()).contains("/apartments/0/label");
        assertThat(count("SELECT COUNT(*) FROM apartment")).isZero();
    }

    static Path exampleEstate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("packaging/examples/estate.json");
            if (java.nio.file.Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("packaging/examples/estate.json not found above " + here);
    }

    @Test
    void a_device_added_on_the_command_line_is_enrolled_with_its_code() throws SQLException {
        // given a property (the estate import makes them; here by hand)
        run("staff", "list");
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO property (name, time_zone) VALUES ('Kvarteret Eken', 'Europe/Stockholm')");
        }

        // when a door controller is added, listed, and a panel enrolls with its code
        Run added =
                run("device", "add", "door-eken-1", "--name=Entré Eken", "--property=Kvarteret Eken", "--kind=door");
        Run unknown = run("device", "enrollment-code", "no-such-device");
        Run badKind = run("device", "add", "x-1", "--name=X", "--property=Kvarteret Eken", "--kind=toaster");
        assertThat(added.status()).as(added.err()).isZero();
        String code = added.out()
                .lines()
                .filter(line -> line.matches("\\d{4} \\d{4} \\d{4}"))
                .findFirst()
                .orElseThrow()
                .replace(" ", "");
        Run listed = run("device", "list");
        Backend backend = startBackend();
        Reply enrolled = new ApiClient(backend.baseUri(), null)
                .post(ApiPaths.ENROLLMENT, "{\"code\":\"" + code + "\"}", Map.of());

        // then the panel got a token that works, the list shows the device, and bad input was refused
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        String token = enrolled.json().path("deviceToken").asText();
        assertThat(new ApiClient(backend.baseUri(), token)
                        .get(ApiPaths.DEVICE_BINDING, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(listed.out()).containsPattern("door-eken-1\\s+door\\s+no\\s+Kvarteret Eken");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.errLines()).singleElement().asString().contains("no-such-device");
        assertThat(badKind.status()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM device")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM admin_audit WHERE action IN ('DEVICE_ADDED', 'ENROLLMENT_CODE_ISSUED')"))
                .isEqualTo(2);
    }
}
