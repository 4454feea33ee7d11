package se.bricka.backend.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document of headings and wrapped lines, paginated, with a footer on every page (the
 * purpose and case of an export, or the apartment of an extract). Enough for exports and extracts a
 * person reads and prints.
 */
public final class SimplePdf {

    private static final float MARGIN = 50;
    private static final float BODY_SIZE = 10;
    private static final float HEADING_SIZE = 13;
    private static final float TITLE_SIZE = 17;
    private static final float LEADING = 1.35f;

    private final Messages messages;
    private final String title;
    private final String footer;
    private final List<Line> lines = new ArrayList<>();

    private record Line(String text, float size, boolean bold) {}

    /** A document whose page footers say "page n" in the language of {@code messages}. */
    public SimplePdf(Messages messages, String title, String footer) {
        this.messages = messages;
        this.title = title;
        this.footer = footer;
    }

    /** A section heading. */
    public SimplePdf heading(String text) {
        lines.add(new Line("", BODY_SIZE, false));
        lines.add(new Line(text, HEADING_SIZE, true));
        return this;
    }

    /** A paragraph, wrapped to the page width. */
    public SimplePdf text(String text) {
        lines.add(new Line(text, BODY_SIZE, false));
        return this;
    }

    /** The finished document. */
    public byte[] toBytes() {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(safe(title));
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<Line> wrapped = new ArrayList<>();
            wrapped.add(new Line(title, TITLE_SIZE, true));
            for (Line line : lines) {
                for (String part : wrap(safe(line.text()), line.bold() ? bold : regular, line.size(), width)) {
                    wrapped.add(new Line(part, line.size(), line.bold()));
                }
            }
            writePages(document, wrapped, regular, bold);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF '" + title + "'", e);
        }
    }

    private void writePages(PDDocument document, List<Line> wrapped, PDType1Font regular, PDType1Font bold)
            throws IOException {
        int index = 0;
        int pageNumber = 0;
        while (index < wrapped.size() || pageNumber == 0) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pageNumber++;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                while (index < wrapped.size() && y - wrapped.get(index).size() * LEADING > MARGIN + 20) {
                    Line line = wrapped.get(index++);
                    y -= line.size() * LEADING;
                    show(content, line.bold() ? bold : regular, line.size(), MARGIN, y, line.text());
                }
                show(
                        content,
                        regular,
                        8,
                        MARGIN,
                        MARGIN - 10,
                        safe(footer + "  ·  " + messages.get("pdf.page", pageNumber)));
            }
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** Keeps what the standard fonts can draw (Latin-1 and common punctuation); anything else becomes '?'. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean drawable = (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || "•–—‘’“”€".indexOf(c) >= 0;
            out.append(drawable ? c : '?');
        }
        return out.toString();
    }
}
