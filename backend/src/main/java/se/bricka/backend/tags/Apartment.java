package se.bricka.backend.tags;

import java.time.ZoneId;

/** An apartment as customer service finds it: no tenant names here, only the label and building. */
public record Apartment(long id, String label, String buildingName, ZoneId zone) {}
