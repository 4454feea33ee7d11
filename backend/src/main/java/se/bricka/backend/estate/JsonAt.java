package se.bricka.backend.estate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A node of an estate file with its JSON pointer: reads fields strictly (unknown fields, wrong types
 * and missing required ones are refused) and names the pointer in every refusal.
 */
final class JsonAt {

    private final JsonNode node;
    private final String pointer;

    JsonAt(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }

    /** The pointer of {@code field} (or index) below this node, escaped as RFC 6901 says. */
    String pointerOf(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    EstateRefusal refuse(String reason) {
        return new EstateRefusal(pointer, node == null ? null : shown(node), reason);
    }

    /** Refuses any field of this object not in {@code known}. */
    JsonAt object(Set<String> known) {
        if (node == null || !node.isObject()) {
            throw refuse("must be an object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new EstateRefusal(
                        pointerOf(name), "'" + name + "'", "unknown field (expected one of " + known + ")");
            }
        }
        return this;
    }

    /** This node as an object whose field names are free (such as languages). */
    JsonAt anyObject() {
        if (node == null || !node.isObject()) {
            throw refuse("must be an object");
        }
        return this;
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** Whether {@code field} is present and JSON {@code null}. */
    boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    /** Element {@code index} of this array. */
    JsonAt element(int index) {
        return new JsonAt(node.get(index), pointer + "/" + index);
    }

    JsonAt field(String field) {
        return new JsonAt(node.get(field), pointerOf(field));
    }

    String string(String field, int maxLength) {
        JsonAt at = field(field);
        if (at.node == null) {
            throw new EstateRefusal(at.pointer, null, "is required");
        }
        return at.text(maxLength);
    }

    /** The field's text, or {@code null} when absent. */
    String optionalString(String field, int maxLength) {
        return has(field) ? string(field, maxLength) : null;
    }

    String text(int maxLength) {
        if (node == null || !node.isTextual()) {
            throw refuse("must be a string");
        }
        String text = node.textValue();
        if (text.isBlank()) {
            throw refuse("must not be blank");
        }
        if (!text.equals(text.strip())) {
            throw refuse("must not start or end with spaces");
        }
        if (text.length() > maxLength) {
            throw refuse("must be at most " + maxLength + " characters");
        }
        return text;
    }

    int integer(String field, int whenAbsent, int min, int max) {
        Integer value = optionalInteger(field, min, max);
        return value == null ? whenAbsent : value;
    }

    /** The field's whole number in [min, max], or {@code null} when absent or JSON null. */
    Integer optionalInteger(String field, int min, int max) {
        JsonAt at = field(field);
        if (at.node == null || at.node.isNull()) {
            return null;
        }
        if (!at.node.isIntegralNumber() || !at.node.canConvertToInt()) {
            throw at.refuse("must be a whole number");
        }
        int value = at.node.intValue();
        if (value < min || value > max) {
            throw at.refuse("must be between " + min + " and " + max);
        }
        return value;
    }

    /** The elements of array {@code field}, each read by {@code element}; an absent field is empty. */
    <T> List<T> list(String field, boolean required, Function<JsonAt, T> element) {
        JsonAt at = field(field);
        if (at.node == null) {
            if (required) {
                throw new EstateRefusal(at.pointer, null, "is required");
            }
            return List.of();
        }
        if (!at.node.isArray()) {
            throw at.refuse("must be an array");
        }
        List<T> items = new ArrayList<>(at.node.size());
        for (int i = 0; i < at.node.size(); i++) {
            items.add(element.apply(new JsonAt(at.node.get(i), at.pointer + "/" + i)));
        }
        return items;
    }

    /** The field names of this object, in file order. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String shown(JsonNode node) {
        return node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    }
}
