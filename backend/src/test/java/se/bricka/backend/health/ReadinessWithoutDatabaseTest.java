package se.bricka.backend.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.persistence.Database;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.Reply;

/**
 * Readiness over real HTTP when the database is not there: a closed pool, and a server that accepts
 * connections and never answers (a hung database), which must not hang the probe.
 */
class ReadinessWithoutDatabaseTest {

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void not_ready_when_the_pool_is_closed() {
        // given a migrated database whose pool then closes
        Database database = Database.open("jdbc:h2:mem:readiness-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "");
        ApiClient client = serve(new Readiness(database.dataSource(), Duration.ofSeconds(2)));
        assertThat(client.get(HealthRoutes.READY, Map.of()).status()).isEqualTo(200);
        database.close();

        // when
        Reply reply = client.get(HealthRoutes.READY, Map.of());

        // then
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().path("database").asText()).isEqualTo("unreachable");
        assertThat(reply.body()).doesNotContain("jdbc:").doesNotContain("Exception");
    }

    @Test
    void a_database_that_never_answers_makes_the_probe_answer_503_within_its_timeout() throws IOException {
        // given a "database" that takes connections and says nothing
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        opened.add(silent);
        Thread acceptor = Thread.ofVirtual().start(() -> {
            List<Socket> held = new ArrayList<>();
            try {
                while (!silent.isClosed()) {
                    held.add(silent.accept());
                }
            } catch (IOException closed) {
                held.forEach(ReadinessWithoutDatabaseTest::closeQuietly);
            }
        });
        opened.add(acceptor::interrupt);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/test");
        config.setUsername("postgres");
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(30_000);
        HikariDataSource pool = new HikariDataSource(config);
        opened.add(pool);
        ApiClient client = serve(new Readiness(pool, Duration.ofMillis(500)));

        // when
        long started = System.nanoTime();
        Reply first = client.get(HealthRoutes.READY, Map.of());
        Reply second = client.get(HealthRoutes.READY, Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then both probes answer, each after about the timeout, not the pool's 30 s
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json().path("database").asText()).isEqualTo("no answer within 500 ms");
        assertThat(second.status()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    private ApiClient serve(Readiness readiness) {
        opened.add(readiness);
        Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    new HealthRoutes(readiness).install(config.routes);
                })
                .start(0);
        opened.add(app::stop);
        return new ApiClient(java.net.URI.create("http://localhost:" + app.port() + "/"), null);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the test is over
        }
    }
}
