package se.bricka.backend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The header's language link: {@code GET /staff/language?lang=en&back=/staff/apartments} sets the
 * language cookie and goes back to the page. Open without a session, so the sign-in page has it too;
 * it only sets a preference, and {@code back} must be a staff path, so it redirects nowhere else.
 */
public final class LanguageSwitch {

    /** The switch's path. */
    public static final String PATH = "/staff/language";

    private static final Pattern STAFF_PATH = Pattern.compile("/staff(/[A-Za-z0-9._/-]*)?");
    private static final long ONE_YEAR = Duration.ofDays(365).toSeconds();

    /** Declares the route. */
    public void install(RoutesConfig routes) {
        routes.get(PATH, this::change);
    }

    private void change(Context ctx) {
        Language language = Language.parse(ctx.queryParam("lang")).orElse(Language.DEFAULT);
        String back = ctx.queryParam("back");
        ctx.header(
                "Set-Cookie",
                Language.COOKIE + "=" + language.code() + "; Path=/staff; Max-Age=" + ONE_YEAR
                        + "; Secure; HttpOnly; SameSite=Lax");
        ctx.redirect(back != null && STAFF_PATH.matcher(back).matches() ? back : "/staff", HttpStatus.SEE_OTHER);
    }

    /** The links to the other languages, for a page at {@code path}. */
    public static String links(Language current, String path) {
        StringBuilder out = new StringBuilder("<nav class=\"lang\">");
        for (Language other : Language.values()) {
            if (other != current) {
                String href =
                        PATH + "?lang=" + other.code() + "&back=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
                out.append(
                        Html.link("lang-" + other.code(), href, other.messages().get("language.name"), other.code()));
            }
        }
        return out.append("</nav>").toString();
    }
}
