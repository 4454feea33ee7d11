package se.bricka.backend.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.ConfigException;
import se.bricka.backend.cli.BrickaCommand;
import se.bricka.core.demo.DemoEstate;

/** A backend started as a real installation is: no demo anything, its own key, owner-only files. */
class SecureByDefaultTest {

    @TempDir
    Path root;

    private Path dataDir() {
        return root.resolve("data");
    }

    private BackendConfig config() {
        return BackendConfig.defaults().withPort(0).withDataDir(dataDir()).withClock(Clock.systemUTC());
    }

    @Test
    void first_start_creates_nothing_but_its_own_key_and_an_owner_only_database() throws Exception {
        // when a backend starts without --demo on an empty data folder
        byte[] key;
        try (Backend backend = Backend.start(config())) {
            assertThat(backend.port()).isPositive();
            key = Base64.getDecoder()
                    .decode(Files.readString(dataDir().resolve(TagKeyFile.NAME)).strip());
        }

        // then the folder is 0700, the key file and the database files 0600, and no data was seeded
        assertThat(permissions(dataDir())).isEqualTo("rwx------");
        assertThat(permissions(dataDir().resolve(TagKeyFile.NAME))).isEqualTo("rw-------");
        assertThat(dataDir().resolve("bricka.mv.db")).isRegularFile();
        try (var files = Files.list(dataDir())) {
            files.filter(file -> file.getFileName().toString().startsWith("bricka."))
                    .forEach(file ->
                            assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
        assertThat(key).hasSize(32).isNotEqualTo(DemoEstate.TAG_KEY);
        assertThat(count("property")).isZero();
        assertThat(count("device")).isZero();
        assertThat(count("staff_account")).isZero();
    }

    @Test
    void without_an_administrator_it_says_in_one_line_how_to_begin() {
        // given standard error captured (the backend logs there)
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try (Backend backend = Backend.start(config())) {
            assertThat(backend.port()).isPositive();
        } finally {
            System.setErr(original);
        }

        // then one line names the init command
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> line.contains("no IT administration account yet"))
                        .toList())
                .singleElement()
                .asString()
                .contains("init");
    }

    @Test
    void a_command_meeting_the_database_in_use_fails_in_one_line_and_leaves_only_owner_only_files() throws Exception {
        // given a backend holding the embedded database
        try (Backend backend = Backend.start(config())) {
            assertThat(backend.port()).isPositive();
            // when a command runs on the same folder, in a process of its own as an operator runs it
            Process command = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            se.bricka.backend.Main.class.getName(),
                            "staff",
                            "list",
                            "--data-dir=" + dataDir())
                    .redirectErrorStream(true)
                    .start();
            assertThat(command.waitFor(90, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            String output =
                    new String(command.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            // then it fails with status 1 and one line that says what to do
            assertThat(command.exitValue()).as(output).isEqualTo(1);
            assertThat(output.lines().filter(line -> !line.isBlank()).toList())
                    .singleElement()
                    .asString()
                    .contains("stop the backend first");
        }
        // and whatever H2 wrote meanwhile is the owner's only
        try (var files = Files.list(dataDir())) {
            files.forEach(
                    file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void a_restart_keeps_the_generated_key() throws Exception {
        // given a first start
        try (Backend first = Backend.start(config())) {
            assertThat(first.port()).isPositive();
        }
        String key = Files.readString(dataDir().resolve(TagKeyFile.NAME));

        // when it starts again, then it uses the same key (the database's check value agrees)
        try (Backend second = Backend.start(config())) {
            assertThat(second.port()).isPositive();
        }
        assertThat(Files.readString(dataDir().resolve(TagKeyFile.NAME))).isEqualTo(key);
    }

    @Test
    void an_existing_data_folder_open_to_others_is_made_owner_only() throws Exception {
        // given a folder anyone may read
        Files.createDirectories(dataDir());
        Files.setPosixFilePermissions(dataDir(), PosixFilePermissions.fromString("rwxr-xr-x"));

        // when the backend starts in it
        try (Backend backend = Backend.start(config())) {
            assertThat(backend.port()).isPositive();
        }

        // then it is the owner's only
        assertThat(permissions(dataDir())).isEqualTo("rwx------");
    }

    @Test
    void the_demo_key_outside_the_demo_is_refused() {
        // when a backend is given the public demo key without --demo
        assertThatThrownBy(() -> Backend.start(config().withTagKey(DemoEstate.TAG_KEY)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("public demo key");

        // and as a command: status 2, one line
        StringWriter err = new StringWriter();
        int status = BrickaCommand.execute(
                new String[] {
                    "--port=0",
                    "--data-dir=" + dataDir(),
                    "--tag-key=" + Base64.getEncoder().encodeToString(DemoEstate.TAG_KEY)
                },
                Map.of(),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("public demo key");
    }

    @Test
    void a_database_set_up_with_the_demo_is_refused_outside_the_demo() {
        // given a data folder the demo ran in
        try (Backend demo = Backend.start(config().withSeedDemo(true))) {
            assertThat(demo.port()).isPositive();
        }

        // when it is started without --demo, then it refuses, naming the demo's tokens
        assertThatThrownBy(() -> Backend.start(config()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("demo's public device tokens");
    }

    @Test
    void a_node_with_another_key_is_refused() {
        // given a database whose tags are hashed with one key
        try (Backend first = Backend.start(config().withTagKey(new byte[32]))) {
            assertThat(first.port()).isPositive();
        }
        byte[] other = new byte[32];
        other[0] = 1;

        // when a node starts on it with another, then it refuses
        assertThatThrownBy(() -> Backend.start(config().withTagKey(other)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("same key");
    }

    @Test
    void by_default_the_backend_listens_on_loopback_only() throws Exception {
        // given a backend with the default bind address, and an address of this machine that is not loopback
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> !isLoopback(nic))
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof java.net.Inet4Address)
                .findFirst();
        try (Backend backend = Backend.start(config())) {
            // then loopback answers
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", backend.port()), 2000);
                assertThat(socket.isConnected()).isTrue();
            }
            // and another interface does not
            if (outside.isPresent()) {
                assertThatThrownBy(() -> {
                            try (Socket socket = new Socket()) {
                                socket.connect(new InetSocketAddress(outside.get(), backend.port()), 2000);
                            }
                        })
                        .isInstanceOf(java.io.IOException.class);
            }
        }
    }

    private static boolean isLoopback(NetworkInterface nic) {
        try {
            return nic.isLoopback() || !nic.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(config().jdbcUrl(), "", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
