package se.bricka.backend.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import se.bricka.core.wire.ChangeDelta;
import se.bricka.core.wire.ChangeEvent;

/** The one JSON configuration of the backend: ISO dates and times, strict about what it reads. */
public final class Json {

    private Json() {}

    /**
     * A mapper for the wire records: ISO java.time, no unknown fields, no nulls for primitives, and no
     * coercion: {@code "1"} is not a number, {@code 20261219} is not a date, {@code 1} is not a text.
     */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        refuse(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.String,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.DateTime,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Array,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.POJO, CoercionInputShape.EmptyString);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("iso-text-only").setDeserializerModifier(new IsoTextOnly()));
        mapper.registerModule(new SimpleModule("change-events")
                .addSerializer(ChangeEvent.class, new ChangeEventWriter())
                .addDeserializer(ChangeEvent.class, new ChangeEventReader()));
        return mapper;
    }

    /**
     * java.time values are read from ISO text only: the time module would take {@code 20261219} as
     * seconds since 1970 for an instant, whatever the coercion settings say.
     */
    private static final class IsoTextOnly extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getPackageName().equals("java.time")
                    ? new TextOnly(deserializer)
                    : deserializer;
        }
    }

    private static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new TextOnly(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }

    /**
     * A change that concerns no slot (a tag, a grant, doors, PINs) is written without
     * {@code resourceId}, {@code date} and {@code start}: the record holds 0 and filler there.
     */
    private static final class ChangeEventWriter extends StdSerializer<ChangeEvent> {

        ChangeEventWriter() {
            super(ChangeEvent.class);
        }

        @Override
        public void serialize(ChangeEvent event, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeNumberField("version", event.version());
            out.writeStringField("kind", event.kind());
            if (event.concernsSlot()) {
                out.writeNumberField("resourceId", event.resourceId());
                provider.defaultSerializeField("date", event.date(), out);
                provider.defaultSerializeField("start", event.start(), out);
            }
            provider.defaultSerializeField("delta", event.delta(), out);
            out.writeEndObject();
        }
    }

    /**
     * Reads a change as {@link ChangeEventWriter} writes it (the nodes relay changes to each other):
     * an absent {@code resourceId} is the record's 0, absent date and start are null.
     */
    private static final class ChangeEventReader extends StdDeserializer<ChangeEvent> {

        ChangeEventReader() {
            super(ChangeEvent.class);
        }

        @Override
        public ChangeEvent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode change = context.readTree(parser);
            JsonNode delta = change.path("delta");
            return new ChangeEvent(
                    change.path("version").asLong(),
                    change.path("kind").asText(),
                    change.path("resourceId").asLong(0),
                    change.hasNonNull("date")
                            ? LocalDate.parse(change.get("date").asText())
                            : null,
                    change.hasNonNull("start")
                            ? LocalTime.parse(change.get("start").asText())
                            : null,
                    delta.isObject() ? context.readTreeAsValue(delta, ChangeDelta.class) : null);
        }
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Writes a value the backend built itself; failing to is a programming error. */
    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
