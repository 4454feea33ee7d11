package se.bricka.backend.estate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.SlotTemplateCodec;
import se.bricka.core.access.DoorType;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;

/**
 * Writes the estate as the database holds it (retired rows left out) in the estate-file format, so
 * that importing the export changes nothing. Tags are left out: the database holds only their keyed
 * hashes, and an apartment without {@code tags} keeps the tags it has.
 */
public final class EstateExporter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Transactor transactor;

    public EstateExporter(Transactor transactor) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
    }

    /** The estate file, as pretty-printed JSON. */
    public String export() {
        EstateState state = transactor.inTransaction(connection -> EstateState.read(connection, false));
        ObjectNode root = MAPPER.createObjectNode();
        root.put("estateVersion", EstateFile.VERSION);
        ArrayNode properties = root.putArray("properties");
        for (EstateState.PropertyRow property : state.properties) {
            if (!property.retired()) {
                property(properties.addObject(), property, state);
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the estate as JSON", e);
        }
    }

    private static void property(ObjectNode out, EstateState.PropertyRow property, EstateState state) {
        out.put("key", property.key());
        out.put("name", property.name());
        out.put("timeZone", property.zone());
        if (property.phone() != null) {
            out.put("landlordPhone", property.phone());
        }
        Map<Long, String> buildingKeys = new HashMap<>();
        ArrayNode buildings = out.putArray("buildings");
        for (EstateState.BuildingRow building : state.buildings) {
            if (building.propertyId() == property.id() && !building.retired()) {
                buildingKeys.put(building.id(), building.key());
                ObjectNode b = buildings.addObject();
                b.put("key", building.key());
                b.put("address", building.address());
                ArrayNode apartments = b.putArray("apartments");
                for (EstateState.ApartmentRow apartment : state.apartments) {
                    if (apartment.buildingId() == building.id() && !apartment.retired()) {
                        apartments.addObject().put("label", apartment.label());
                    }
                }
            }
        }
        Map<Long, String> objectKeys = new HashMap<>();
        Map<Long, String> doorOf = new HashMap<>();
        ArrayNode doors = out.putArray("doors");
        for (EstateState.DoorRow door : state.doors.values()) {
            if (door.propertyId() == property.id() && !door.retired()) {
                door(doors.addObject(), door, buildingKeys);
                if (door.resourceId() != null) {
                    doorOf.put(door.resourceId(), door.key());
                }
            }
        }
        Map<Long, String> groupKeys = new HashMap<>();
        ArrayNode groups = out.putArray("quotaGroups");
        for (EstateState.QuotaGroupRow group : state.quotaGroups) {
            if (group.propertyId() == property.id() && !group.retired()) {
                groupKeys.put(group.id(), group.key());
                quotaGroup(groups.addObject(), group);
            }
        }
        ArrayNode objects = out.putArray("objects");
        for (EstateState.ObjectRow object : state.objects) {
            if (object.propertyId() == property.id() && !object.retired()) {
                objectKeys.put(object.id(), object.key());
                object(objects.addObject(), object, doorOf.get(object.id()), groupKeys);
            }
        }
        ArrayNode devices = out.putArray("devices");
        for (EstateState.DeviceRow device : state.devices.values()) {
            if (device.propertyId() == property.id() && !device.retired()) {
                ObjectNode d = devices.addObject();
                d.put("key", device.key());
                d.put("name", device.name());
                d.put("kind", device.kind());
                ArrayNode shown = d.putArray("objects");
                device.objects().forEach(id -> shown.add(objectKeys.get(id)));
                ArrayNode guarded = d.putArray("doors");
                device.doors().forEach(guarded::add);
            }
        }
    }

    private static void door(ObjectNode out, EstateState.DoorRow door, Map<Long, String> buildingKeys) {
        out.put("key", door.key());
        out.put("name", door.name());
        out.put("kind", EstateFileReader.kindName(DoorType.valueOf(door.type())));
        List<String> served = door.buildings().stream()
                .map(buildingKeys::get)
                .filter(Objects::nonNull)
                .toList();
        if (served.size() == 1) {
            out.put("building", served.getFirst());
        } else if (!served.isEmpty()) {
            ArrayNode buildings = out.putArray("buildings");
            served.forEach(buildings::add);
        }
        if (door.openingHours() != null) {
            out.put("openingHours", door.openingHours());
        }
    }

    private static void quotaGroup(ObjectNode out, EstateState.QuotaGroupRow group) {
        out.put("key", group.key());
        out.put("name", group.name());
        out.put("maxFuture", group.maxFuture());
        out.put("maxPerDay", group.maxPerDay());
        if (group.rollingCount() != null) {
            out.put("rollingCount", group.rollingCount());
            out.put("rollingDays", group.rollingDays());
        }
        out.put("horizonDays", group.horizonDays());
        if (group.releaseAfterMinutes() == null) {
            out.putNull("releaseAfterMinutes");
        } else {
            out.put("releaseAfterMinutes", group.releaseAfterMinutes());
        }
        out.put("cancelHoursBefore", group.cancelHoursBefore());
    }

    private static void object(ObjectNode out, EstateState.ObjectRow object, String door, Map<Long, String> groupKeys) {
        out.put("key", object.key());
        out.put("name", object.name());
        if (!object.names().isEmpty()) {
            ObjectNode names = out.putObject("names");
            object.names().forEach(names::put);
        }
        out.put("kind", object.kind());
        if (door != null) {
            out.put("door", door);
        }
        if (object.quotaGroupId() != null && groupKeys.containsKey(object.quotaGroupId())) {
            out.put("quotaGroup", groupKeys.get(object.quotaGroupId()));
        }
        SlotTemplate template = SlotTemplateCodec.parse(object.slots());
        ObjectNode slots = out.putObject("slots");
        times(slots.putArray(EstateFileReader.DEFAULT_SLOTS), template.daily());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<SlotTime> own = template.weekdays().get(day);
            if (own != null) {
                times(slots.putArray(EstateFileReader.dayKey(day)), own);
            }
        }
    }

    private static void times(ArrayNode out, List<SlotTime> times) {
        times.forEach(time -> out.add(time.start() + "-" + time.end()));
    }
}
