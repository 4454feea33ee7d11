package se.bricka.backend.estate;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.bricka.core.access.DoorType;
import se.bricka.core.access.WeeklyHoursCodec;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.tag.TagUid;

/**
 * Reads an estate file strictly: unknown fields, duplicate keys, unknown references, bad slot
 * templates, bad zones, bad UIDs and too many tags for one household are refused with the JSON pointer
 * of the bad value. What needs the database to judge (a tag of another apartment) is the importer's.
 */
public final class EstateFileReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,30}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int NAME_LENGTH = 200;
    private static final int LABEL_LENGTH = 32;
    private static final int HOURS_LENGTH = 500;
    private static final int MAX_BOOKINGS = 1000;
    private static final int MAX_DAYS = 366;
    private static final int MAX_CANCEL_HOURS = 168;
    private static final int MAX_RELEASE_MINUTES = 24 * 60;

    static final String DEFAULT_SLOTS = "default";
    private static final Map<String, DoorType> DOOR_KINDS = Map.of(
            "entrance", DoorType.ENTRANCE,
            "bike-room", DoorType.BIKE_ROOM,
            "stroller-room", DoorType.STROLLER_ROOM,
            "laundry", DoorType.LAUNDRY_ROOM,
            "common-room", DoorType.COMMON_ROOM,
            "other", DoorType.OTHER);
    private static final Set<String> OBJECT_KINDS = Set.of("laundry", "common-room");
    private static final Set<String> DEVICE_KINDS = Set.of("board", "door");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final int maxTagsPerHousehold;

    /** @param maxTagsPerHousehold the most tags a household may have active (the backend's limit) */
    public EstateFileReader(int maxTagsPerHousehold) {
        if (maxTagsPerHousehold < 1) {
            throw new IllegalArgumentException("the tag limit must be at least 1, was " + maxTagsPerHousehold);
        }
        this.maxTagsPerHousehold = maxTagsPerHousehold;
    }

    /** The file in {@code json}, checked; an {@link EstateRefusal} names the first thing wrong. */
    public EstateFile read(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonParseException e) {
            throw new EstateRefusal(
                    "",
                    null,
                    "is not valid JSON: " + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new EstateRefusal("", null, "is not readable JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new EstateRefusal("", null, "is empty");
        }
        JsonAt file = new JsonAt(root, "").object(Set.of("estateVersion", "properties"));
        if (!file.has("estateVersion")) {
            throw new EstateRefusal("/estateVersion", null, "is required (" + EstateFile.VERSION + ")");
        }
        file.integer("estateVersion", 0, EstateFile.VERSION, EstateFile.VERSION);
        Scopes global = new Scopes();
        List<EstateFile.Property> properties = file.list("properties", true, at -> property(at, global));
        return new EstateFile(properties);
    }

    private EstateFile.Property property(JsonAt at, Scopes global) {
        at.object(Set.of(
                "key", "name", "timeZone", "landlordPhone", "buildings", "doors", "quotaGroups", "objects", "devices"));
        String key = key(at, "key", global.propertyKeys, "property");
        String name = at.string("name", NAME_LENGTH);
        unique(at.field("name"), name, global.propertyNames, "another property has this name");
        String zone = at.string("timeZone", 64);
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw at.field("timeZone").refuse("must be a time zone such as Europe/Stockholm");
        }
        String phone = at.optionalString("landlordPhone", 32);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw at.field("landlordPhone").refuse("must be a phone number such as +46 8 123 456 78");
        }
        Set<String> buildingKeys = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        List<EstateFile.Building> buildings =
                at.list("buildings", true, b -> building(b, buildingKeys, addresses, global));
        Set<String> doorScope = new HashSet<>();
        List<EstateFile.Door> doors = at.list("doors", false, d -> door(d, global.doorKeys, doorScope, buildingKeys));
        Set<String> groupKeys = new HashSet<>();
        Set<String> groupNames = new HashSet<>();
        List<EstateFile.QuotaGroup> groups = at.list("quotaGroups", false, g -> quotaGroup(g, groupKeys, groupNames));
        Set<String> objectKeys = new HashSet<>();
        Map<String, String> doorOwners = new HashMap<>();
        List<EstateFile.BookableObject> objects =
                at.list("objects", false, o -> object(o, objectKeys, doorScope, groupKeys, doorOwners));
        checkBookingDoors(doors, doorOwners);
        List<EstateFile.Device> devices =
                at.list("devices", false, d -> device(d, global.deviceKeys, objectKeys, doorScope));
        return new EstateFile.Property(
                at.pointer(), key, name, zone, phone, buildings, doors, groups, objects, devices);
    }

    private EstateFile.Building building(JsonAt at, Set<String> keys, Set<String> addresses, Scopes global) {
        at.object(Set.of("key", "address", "apartments"));
        String key = key(at, "key", keys, "building");
        String address = at.string("address", NAME_LENGTH);
        unique(at.field("address"), address, addresses, "another building of this property has this address");
        Set<String> labels = new HashSet<>();
        List<EstateFile.Apartment> apartments = at.list("apartments", true, a -> apartment(a, labels, global));
        return new EstateFile.Building(at.pointer(), key, address, apartments);
    }

    private EstateFile.Apartment apartment(JsonAt at, Set<String> labels, Scopes global) {
        at.object(Set.of("label", "tags"));
        String label = at.string("label", LABEL_LENGTH);
        unique(at.field("label"), label, labels, "another apartment of this building has this label");
        List<EstateFile.Tag> tags = null;
        if (at.has("tags")) {
            tags = at.list("tags", true, t -> tag(t, global));
            if (tags.size() > maxTagsPerHousehold) {
                throw at.field("tags")
                        .refuse("a household may have at most " + maxTagsPerHousehold + " active tags, the file lists "
                                + tags.size());
            }
        }
        return new EstateFile.Apartment(at.pointer(), label, tags);
    }

    private static EstateFile.Tag tag(JsonAt at, Scopes global) {
        String text = at.text(40);
        TagUid uid;
        try {
            uid = new TagUid(text);
        } catch (IllegalArgumentException e) {
            throw at.refuse("must be a tag UID of 4, 5, 7 or 10 bytes in hexadecimal");
        }
        String first = global.tagPointers.putIfAbsent(uid.hex(), at.pointer());
        if (first != null) {
            throw at.refuse("the same tag is listed at " + first);
        }
        return new EstateFile.Tag(at.pointer(), uid);
    }

    private static EstateFile.Door door(JsonAt at, Set<String> globalKeys, Set<String> scope, Set<String> buildings) {
        at.object(Set.of("key", "name", "kind", "building", "buildings", "openingHours"));
        String key = key(at, "key", globalKeys, "door");
        scope.add(key);
        String name = at.string("name", NAME_LENGTH);
        String kind = at.string("kind", 32);
        DoorType type = DOOR_KINDS.get(kind);
        if (type == null) {
            throw at.field("kind").refuse("must be one of " + new java.util.TreeSet<>(DOOR_KINDS.keySet()));
        }
        if (at.has("building") && at.has("buildings")) {
            throw at.field("buildings").refuse("give either building or buildings, not both");
        }
        List<String> served = at.has("building")
                ? List.of(reference(at.field("building"), buildings, "building"))
                : at.list("buildings", false, b -> reference(b, buildings, "building"));
        if (new HashSet<>(served).size() != served.size()) {
            throw at.field("buildings").refuse("names a building twice");
        }
        String hours = at.optionalString("openingHours", HOURS_LENGTH);
        if (hours != null) {
            try {
                hours = WeeklyHoursCodec.format(WeeklyHoursCodec.parse(hours));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw at.field("openingHours")
                        .refuse("must be weekly hours such as 'MON-FRI 07:00-22:00' (" + e.getMessage() + ")");
            }
        }
        return new EstateFile.Door(at.pointer(), key, name, type, served, hours);
    }

    private static EstateFile.QuotaGroup quotaGroup(JsonAt at, Set<String> keys, Set<String> names) {
        at.object(Set.of(
                "key",
                "name",
                "maxFuture",
                "maxPerDay",
                "rollingCount",
                "rollingDays",
                "horizonDays",
                "releaseAfterMinutes",
                "cancelHoursBefore"));
        String key = key(at, "key", keys, "quota group");
        String name = at.string("name", NAME_LENGTH);
        unique(at.field("name"), name, names, "another quota group of this property has this name");
        Integer rollingCount = at.optionalInteger("rollingCount", 1, MAX_BOOKINGS);
        Integer rollingDays = at.optionalInteger("rollingDays", 1, MAX_DAYS);
        if ((rollingCount == null) != (rollingDays == null)) {
            throw at.field(rollingCount == null ? "rollingDays" : "rollingCount")
                    .refuse("rollingCount and rollingDays are given together or not at all");
        }
        Integer release = at.isNull("releaseAfterMinutes")
                ? null
                : (Integer) at.integer("releaseAfterMinutes", 30, 1, MAX_RELEASE_MINUTES);
        return new EstateFile.QuotaGroup(
                at.pointer(),
                key,
                name,
                at.integer("maxFuture", 2, 1, MAX_BOOKINGS),
                at.integer("maxPerDay", 1, 1, MAX_BOOKINGS),
                rollingCount,
                rollingDays,
                at.integer("horizonDays", 28, 1, MAX_DAYS),
                release,
                at.integer("cancelHoursBefore", 0, 0, MAX_CANCEL_HOURS));
    }

    private static EstateFile.BookableObject object(
            JsonAt at, Set<String> keys, Set<String> doors, Set<String> groups, Map<String, String> doorOwners) {
        at.object(Set.of("key", "name", "names", "kind", "door", "quotaGroup", "slots"));
        String key = key(at, "key", keys, "object");
        String name = at.string("name", NAME_LENGTH);
        Map<String, String> names = names(at);
        String kind = at.string("kind", 32);
        if (!OBJECT_KINDS.contains(kind)) {
            throw at.field("kind").refuse("must be one of " + new java.util.TreeSet<>(OBJECT_KINDS));
        }
        String door = at.has("door") ? reference(at.field("door"), doors, "door") : null;
        if (door != null && doorOwners.putIfAbsent(door, at.pointerOf("door")) != null) {
            throw at.field("door").refuse("another object already opens this door (" + doorOwners.get(door) + ")");
        }
        String group = at.has("quotaGroup") ? reference(at.field("quotaGroup"), groups, "quota group") : null;
        if (!at.has("slots")) {
            throw new EstateRefusal(at.pointerOf("slots"), null, "is required");
        }
        SlotTemplate slots = slots(at.field("slots"));
        return new EstateFile.BookableObject(at.pointer(), key, name, names, kind, door, group, slots);
    }

    private static Map<String, String> names(JsonAt at) {
        if (!at.has("names")) {
            return Map.of();
        }
        JsonAt names = at.field("names").anyObject();
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : names.fieldNames()) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new EstateRefusal(
                        names.pointerOf(language), "'" + language + "'", "must be a language tag such as en or ar");
            }
            byLanguage.put(language, names.string(language, NAME_LENGTH));
        }
        return byLanguage;
    }

    private static SlotTemplate slots(JsonAt at) {
        Set<String> days = new java.util.LinkedHashSet<>();
        days.add(DEFAULT_SLOTS);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(dayKey(day));
        }
        at.object(days);
        List<SlotTime> daily = at.list(DEFAULT_SLOTS, true, EstateFileReader::slotTime);
        if (daily.isEmpty()) {
            throw at.field(DEFAULT_SLOTS).refuse("needs at least one slot");
        }
        checkTimes(at.field(DEFAULT_SLOTS), daily);
        Map<DayOfWeek, List<SlotTime>> weekdays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (at.has(dayKey(day))) {
                List<SlotTime> times = at.list(dayKey(day), true, EstateFileReader::slotTime);
                checkTimes(at.field(dayKey(day)), times);
                weekdays.put(day, times);
            }
        }
        return new SlotTemplate(daily, weekdays);
    }

    /** {@code mon} … {@code sun}. */
    static String dayKey(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private static SlotTime slotTime(JsonAt at) {
        String text = at.text(11);
        String[] ends = text.split("-", -1);
        if (ends.length != 2 || ends[0].length() != 5 || ends[1].length() != 5) {
            throw at.refuse("must be a slot such as 07:00-10:00");
        }
        try {
            return new SlotTime(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
        } catch (DateTimeParseException e) {
            throw at.refuse("must be a slot such as 07:00-10:00 (times 00:00 to 23:59)");
        } catch (IllegalArgumentException e) {
            throw at.refuse("must end after it starts");
        }
    }

    /** The SlotTemplate rules (in order, no overlap), refused at the slot that breaks them. */
    private static void checkTimes(JsonAt at, List<SlotTime> times) {
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i).start().isBefore(times.get(i - 1).end())) {
                throw at.element(i)
                        .refuse("overlaps or comes before the slot before it ("
                                + times.get(i - 1).start() + "-"
                                + times.get(i - 1).end() + ")");
            }
        }
        try {
            new SlotTemplate(times.isEmpty() ? List.of(SlotTime.of(0, 1)) : times);
        } catch (IllegalArgumentException e) {
            throw at.refuse(e.getMessage());
        }
    }

    /** A laundry or common-room door opens by booking: exactly one object names it, and only such a door. */
    private static void checkBookingDoors(List<EstateFile.Door> doors, Map<String, String> owners) {
        Map<String, EstateFile.Door> byKey = new HashMap<>();
        doors.forEach(door -> byKey.put(door.key(), door));
        for (EstateFile.Door door : doors) {
            if (door.type().opensByBooking() && !owners.containsKey(door.key())) {
                throw new EstateRefusal(
                        door.pointer() + "/kind",
                        "'" + kindName(door.type()) + "'",
                        "a door that opens by booking needs an object naming it in \"door\"");
            }
        }
        owners.forEach((door, pointer) -> {
            if (!byKey.get(door).type().opensByBooking()) {
                throw new EstateRefusal(
                        pointer,
                        "'" + door + "'",
                        "only a laundry or common-room door opens by booking, this one is "
                                + kindName(byKey.get(door).type()));
            }
        });
    }

    private static EstateFile.Device device(JsonAt at, Set<String> globalKeys, Set<String> objects, Set<String> doors) {
        at.object(Set.of("key", "name", "kind", "objects", "doors"));
        String key = key(at, "key", globalKeys, "device");
        String name = at.has("name") ? at.string("name", NAME_LENGTH) : key;
        String kind = at.string("kind", 16);
        if (!DEVICE_KINDS.contains(kind)) {
            throw at.field("kind").refuse("must be one of " + new java.util.TreeSet<>(DEVICE_KINDS));
        }
        List<String> shown = at.list("objects", false, o -> reference(o, objects, "object"));
        if (kind.equals("door") && !shown.isEmpty()) {
            throw at.field("objects").refuse("a door controller has no screen to show objects on");
        }
        List<String> guarded = at.list("doors", false, d -> reference(d, doors, "door"));
        if (new HashSet<>(shown).size() != shown.size()) {
            throw at.field("objects").refuse("names an object twice");
        }
        if (new HashSet<>(guarded).size() != guarded.size()) {
            throw at.field("doors").refuse("names a door twice");
        }
        return new EstateFile.Device(at.pointer(), key, name, kind, shown, guarded);
    }

    static String kindName(DoorType type) {
        return DOOR_KINDS.entrySet().stream()
                .filter(entry -> entry.getValue() == type)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private static String key(JsonAt at, String field, Set<String> scope, String what) {
        String key = at.string(field, 64);
        if (!KEY.matcher(key).matches()) {
            throw at.field(field)
                    .refuse("a " + what
                            + " key must be 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
        unique(at.field(field), key, scope, "another " + what + " has this key");
        return key;
    }

    private static void unique(JsonAt at, String value, Set<String> seen, String reason) {
        if (!seen.add(value)) {
            throw at.refuse(reason);
        }
    }

    private static String reference(JsonAt at, Set<String> known, String what) {
        String key = at.text(64);
        if (!known.contains(key)) {
            throw at.refuse("no " + what + " of this property has this key");
        }
        return key;
    }

    /** Keys unique across the whole file: properties, doors and devices (their keys are global ids). */
    private static final class Scopes {
        final Set<String> propertyKeys = new HashSet<>();
        final Set<String> propertyNames = new HashSet<>();
        final Set<String> doorKeys = new HashSet<>();
        final Set<String> deviceKeys = new HashSet<>();
        final Map<String, String> tagPointers = new HashMap<>();
    }
}
