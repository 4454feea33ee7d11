package se.bricka.kiosk.door;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON of the door controller's files and calls: ISO java.time, strict about what it reads. */
final class DoorJson {

    /**
     * One mapper for the whole process: a mapper builds its readers and writers per type on first use
     * and keeps them, so one per link, store and journal paid that again and again (a thousand times in
     * the load harness, at the very moment a block arrived). It is never reconfigured after this.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DoorJson() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
