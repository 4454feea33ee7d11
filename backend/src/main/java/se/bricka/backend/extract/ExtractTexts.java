package se.bricka.backend.extract;

import java.util.List;
import se.bricka.backend.web.Messages;

/**
 * The fixed information GDPR art. 15 asks an extract to give besides the data itself: controller,
 * purposes, categories, recipients, retention, rights, the right to complain to IMY, and the source.
 * The texts are in the staff bundles ({@code extract.info.<section>.heading} and {@code .text}), so the
 * tenant reads them in Swedish or English.
 */
public final class ExtractTexts {

    /** A heading and its text. */
    public record Section(String heading, String text) {}

    /** The sections' keys, in the order they are shown. */
    static final List<String> SECTIONS =
            List.of("controller", "purposes", "categories", "recipients", "retention", "rights", "complaint", "source");

    private ExtractTexts() {}

    /** The sections in the language of {@code messages}. */
    public static List<Section> sections(Messages messages) {
        return SECTIONS.stream()
                .map(key -> new Section(
                        messages.get("extract.info." + key + ".heading"),
                        messages.get("extract.info." + key + ".text")))
                .toList();
    }
}
