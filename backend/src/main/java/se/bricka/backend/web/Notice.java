package se.bricka.backend.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The green sentence after a form has done its work (post, redirect, get): the redirect carries the
 * notice's key and arguments, the page says it in the reader's language. Only keys of the bundle's
 * {@code notice.} family are shown, so a crafted link cannot put words on a page.
 */
public final class Notice {

    private static final String KEY = "done";
    private static final String ARG = "a";

    private Notice() {}

    /** Redirects (303) to {@code path}, which then shows the notice {@code notice.<key>}. */
    public static void redirect(Context ctx, String path, String key, Object... args) {
        StringBuilder target =
                new StringBuilder(path).append("?").append(KEY).append("=").append(key);
        for (Object arg : args) {
            target.append("&")
                    .append(ARG)
                    .append("=")
                    .append(URLEncoder.encode(String.valueOf(arg), StandardCharsets.UTF_8));
        }
        ctx.redirect(target.toString(), HttpStatus.SEE_OTHER);
    }

    /** The notice the request's query names, or "" when there is none. */
    public static String render(Context ctx, Messages messages) {
        String key = "notice." + ctx.queryParam(KEY);
        if (ctx.queryParam(KEY) == null || !messages.has(key)) {
            return "";
        }
        return Html.notice(messages.get(key, ctx.queryParams(ARG).toArray()));
    }
}
