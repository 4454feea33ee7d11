package se.bricka.backend.estate;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;
import se.bricka.core.wire.ChangeEvent;

class EstateImportOnPostgresTest extends EstateImportContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }

    @Test
    void an_import_from_another_process_reaches_a_listening_device_live() {
        // given a door controller listening on the running backend
        importExample();
        enrollDoorController();
        long version = snapshotVersionOfDoorController();
        List<ChangeEvent> heard = listen(doorControllerToken(), version);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> backend().connectedDevices() == 1);

        // when the estate command's runtime (its own pool, as the CLI has) imports a change
        importExampleWith(root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/properties/0/doors/0"))
                .put("name", "Entré"));

        // then the running backend hears the NOTIFY and pushes doors-changed without a reconnect
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> heard.stream()
                        .anyMatch(e -> e.kind().equals(ChangeEvent.DOORS_CHANGED) && e.version() > version));
    }
}
