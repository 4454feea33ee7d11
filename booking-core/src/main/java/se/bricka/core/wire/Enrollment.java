package se.bricka.core.wire;

/**
 * The answer to an enrollment: the panel's new device token (shown once, kept by the panel) and what
 * it is bound to.
 */
public record Enrollment(String deviceToken, DeviceBinding binding) {}
