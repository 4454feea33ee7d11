package se.bricka.backend.devicehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.bricka.backend.devicehealth.DeviceStatusService.DeviceHealth;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.core.wire.DeviceStatusReport.DoorStatus;
import se.bricka.core.wire.DeviceStatusReport.ReaderStatus;

/** The body of IT's devices page: one row per device, silent ones and door alarms marked. */
final class DeviceHealthPage {

    private static final DateTimeFormatter SEEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private DeviceHealthPage() {}

    static String body(List<DeviceHealth> devices, Instant now, Messages messages) {
        long silent = devices.stream().filter(DeviceHealth::silent).count();
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(Html.esc(messages.get("deviceHealth.intro", DeviceStatusService.SILENT_AFTER.toMinutes())))
                .append("</p>");
        if (silent > 0) {
            body.append(Html.error(messages.get("deviceHealth.silentCount", silent)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (DeviceHealth device : devices) {
            rows.add(List.of(
                    Html.esc(device.deviceId()) + "<br><span class=\"muted\">" + Html.esc(device.name()) + "</span>",
                    Html.esc(device.propertyName()),
                    Html.esc(device.kind().isEmpty() ? "–" : messages.get("deviceHealth.kind." + device.kind())),
                    Html.esc(String.join(", ", device.doors())),
                    lastSeen(device, now, messages),
                    snapshot(device, messages),
                    Html.esc(device.lastSeen().isEmpty() ? "–" : Integer.toString(device.uploadBacklog())),
                    readers(device.readers(), messages),
                    doors(device, messages),
                    Html.esc(device.softwareVersion().isEmpty() ? "–" : device.softwareVersion())));
        }
        body.append(Html.table(
                "device-health",
                List.of(
                        messages.get("deviceHealth.device"),
                        messages.get("deviceHealth.property"),
                        messages.get("deviceHealth.kind"),
                        messages.get("deviceHealth.doors"),
                        messages.get("deviceHealth.lastSeen"),
                        messages.get("deviceHealth.snapshot"),
                        messages.get("deviceHealth.backlog"),
                        messages.get("deviceHealth.readers"),
                        messages.get("deviceHealth.doorStates"),
                        messages.get("deviceHealth.software")),
                rows));
        return body.toString();
    }

    private static String lastSeen(DeviceHealth device, Instant now, Messages messages) {
        String id = "seen-" + Html.esc(device.deviceId());
        if (device.lastSeen().isEmpty()) {
            return "<span class=\"blocked\" id=\"" + id + "\">" + Html.esc(messages.get("deviceHealth.never"))
                    + "</span>";
        }
        Instant seen = device.lastSeen().get();
        String when = SEEN.format(seen) + " UTC";
        long minutes = Duration.between(seen, now).toMinutes();
        if (device.silent()) {
            return "<span class=\"blocked\" id=\"" + id + "\">"
                    + Html.esc(messages.get("deviceHealth.silentFor", minutes)) + "</span><br>" + Html.esc(when);
        }
        return "<span class=\"active\" id=\"" + id + "\">" + Html.esc(messages.get("deviceHealth.minutesAgo", minutes))
                + "</span><br>" + Html.esc(when);
    }

    private static String snapshot(DeviceHealth device, Messages messages) {
        if (device.lastSeen().isEmpty()
                || (device.snapshotVersion() < 0 && device.doorStates().isEmpty())) {
            // A board that guards no door holds no snapshot, and needs none.
            return "–";
        }
        if (device.snapshotVersion() < 0) {
            return "<span class=\"blocked\">" + Html.esc(messages.get("deviceHealth.noSnapshot")) + "</span>";
        }
        String version = Html.esc(messages.get("deviceHealth.version", device.snapshotVersion()));
        if (device.changesBehind() == 0 || device.behindFor().isEmpty()) {
            return version + "<br><span class=\"active\">" + Html.esc(messages.get("deviceHealth.current")) + "</span>";
        }
        return version + "<br><span class=\"blocked\">"
                + Html.esc(messages.get(
                        "deviceHealth.behind",
                        device.changesBehind(),
                        device.behindFor().get().toMinutes()))
                + "</span>";
    }

    private static String readers(List<ReaderStatus> readers, Messages messages) {
        if (readers.isEmpty()) {
            return "–";
        }
        return readers.stream()
                .map(reader -> {
                    boolean ok = reader.status().equals("OK");
                    String detail = reader.detail() == null || reader.detail().isBlank() ? "" : ": " + reader.detail();
                    return "<span class=\"" + (ok ? "active" : "blocked") + "\">"
                            + Html.esc(reader.doorId() + " " + messages.get("deviceHealth.reader." + reader.status())
                                    + detail)
                            + "</span>";
                })
                .collect(Collectors.joining("<br>"));
    }

    private static String doors(DeviceHealth device, Messages messages) {
        if (device.doorStates().isEmpty()) {
            return "–";
        }
        List<String> alarms = device.alarms().stream().map(DoorStatus::doorId).toList();
        return device.doorStates().stream()
                .map(door -> "<span class=\"" + (alarms.contains(door.doorId()) ? "blocked" : "muted") + "\" id=\"door-"
                        + Html.esc(device.deviceId()) + "-" + Html.esc(door.doorId()) + "\">"
                        + Html.esc(door.doorId() + " " + messages.get("deviceHealth.door." + door.state()))
                        + "</span>")
                .collect(Collectors.joining("<br>"));
    }
}
