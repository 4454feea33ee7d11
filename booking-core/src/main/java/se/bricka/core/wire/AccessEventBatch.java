package se.bricka.core.wire;

import java.util.List;

/** A batch of access events a device uploads to {@link ApiPaths#DEVICE_ACCESS_EVENTS}. */
public record AccessEventBatch(List<AccessEventUpload> events) {}
