package se.bricka.backend.device;

import java.time.ZoneId;

/** An enrolled board, with the property it serves. */
public record Device(long id, String deviceId, String name, long propertyId, String propertyName, ZoneId zone) {}
