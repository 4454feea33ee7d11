package se.bricka.backend.web;

import java.util.List;

/**
 * The staff pages' HTML: escaping and the page frame. Every value that came from a person or the
 * database goes through {@link #esc}; pages carry no script at all.
 */
public final class Html {

    /** Sent with every staff page: no scripts, no framing, forms only to this site. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}
            header{background:#16324f;color:#fff;padding:.8rem 1.5rem;display:flex;gap:1.5rem;align-items:center}
            header a{color:#fff}header .who{margin-left:auto}nav.lang a{color:#fff}
            main{padding:1.5rem;max-width:70rem}
            table{border-collapse:collapse;background:#fff;margin:.5rem 0 1rem}
            th,td{border:1px solid #c8ccd2;padding:.35rem .6rem;text-align:left;vertical-align:top}
            th{background:#e8ebf0}
            form.inline{display:inline}
            fieldset{background:#fff;border:1px solid #c8ccd2;margin:0 0 1rem;padding:.8rem}
            label{display:block;margin:.4rem 0 .1rem;font-weight:600}label.check{display:inline}
            input,select{font-size:1rem;padding:.3rem}
            button{font-size:1rem;padding:.35rem .9rem;margin-top:.5rem;cursor:pointer}
            .error{background:#fdecea;border:1px solid #b3261e;color:#7a1712;padding:.6rem .9rem}
            .notice{background:#e7f4ea;border:1px solid #2e7d32;padding:.6rem .9rem}
            .blocked{color:#b3261e;font-weight:700}.active{color:#2e7d32;font-weight:700}
            .muted{color:#5c6370}
            """;

    private Html() {}

    /** {@code text} safe inside HTML text and double-quoted attributes; {@code null} becomes "". */
    public static String esc(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole page.
     *
     * @param messages the texts of the page's language
     * @param path the page's path, for the language switch to come back to
     * @param who "name (role)" of the signed-in person, or {@code null} on the sign-in page
     * @param signOutCsrf the session's CSRF token for the sign-out form, or {@code null}
     * @param body HTML already escaped where needed
     */
    public static String page(
            Messages messages, String path, String title, String who, String signOutCsrf, String body) {
        String brand = esc(messages.get("page.brand"));
        String languages = LanguageSwitch.links(messages.language(), path);
        String header = who == null
                ? "<header><strong>" + brand + "</strong><span class=\"who\"></span>" + languages + "</header>"
                : "<header><strong><a href=\"/staff\">" + brand + "</a></strong><span class=\"who\">" + esc(who)
                        + "</span>" + languages
                        + "<form class=\"inline\" method=\"post\" action=\"/staff/sign-out\">"
                        + csrfField(signOutCsrf)
                        + "<button type=\"submit\" id=\"sign-out\">" + esc(messages.get("page.signOut"))
                        + "</button></form></header>";
        return "<!DOCTYPE html><html lang=\"" + messages.language().code() + "\"><head><meta charset=\"utf-8\"><title>"
                + esc(title) + " – " + brand
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>" + STYLE
                + "</style></head><body>" + header + "<main><h1>" + esc(title) + "</h1>" + body
                + "</main></body></html>";
    }

    /** The hidden field every form carries. */
    public static String csrfField(String token) {
        return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(token) + "\">";
    }

    /** A table; cells are HTML already escaped where needed. */
    public static String table(String id, List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table id=\"").append(esc(id)).append("\"><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** A link with an id; {@code lang} names the language of its text, or is {@code null}. */
    public static String link(String id, String href, String text, String lang) {
        return "<a id=\"" + esc(id) + "\"" + (lang == null ? "" : " lang=\"" + esc(lang) + "\"") + " href=\""
                + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A red box with a sentence. */
    public static String error(String message) {
        return "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>";
    }

    /** A green box with a sentence. */
    public static String notice(String message) {
        return message == null || message.isBlank()
                ? ""
                : "<p class=\"notice\" role=\"status\">" + esc(message) + "</p>";
    }
}
