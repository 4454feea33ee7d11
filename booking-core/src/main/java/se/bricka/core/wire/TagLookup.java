package se.bricka.core.wire;

/** A request to identify the household of a tag, by the tag's keyed hash. */
public record TagLookup(String tagHash) {}
