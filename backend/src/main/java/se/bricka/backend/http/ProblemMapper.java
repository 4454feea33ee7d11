package se.bricka.backend.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.wire.Problem;

/**
 * The one place where failures become RFC 9457 problem documents. Nothing else writes an error
 * response, and no stack trace ever leaves the server.
 */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    /** The largest request body accepted; every body of this API is a few hundred bytes. */
    public static final long MAX_BODY_BYTES = 16 * 1024;

    private final ObjectMapper mapper;

    public ProblemMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Registers the exception handlers that turn every failure into a problem document. */
    public void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e.problem().status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            if (wantsStaffPage(ctx)) {
                writeStaffPage(ctx, e.problem(), e.detailText());
            } else {
                write(ctx, e.problem(), e.extensions());
            }
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            write(
                    ctx,
                    Problem.of(
                            "internal-error",
                            "Something went wrong",
                            500,
                            "The server could not complete the request; it has been logged."));
        });
    }

    /** Writes {@code problem} as the response, with its status and media type. */
    public void write(Context ctx, Problem problem) {
        write(ctx, problem, Map.of());
    }

    /** Writes {@code problem} with RFC 9457 extension members beside the standard ones. */
    public void write(Context ctx, Problem problem, Map<String, Object> extensions) {
        if (wantsStaffPage(ctx)) {
            writeStaffPage(ctx, problem, null);
            return;
        }
        ObjectNode document = mapper.valueToTree(problem);
        extensions.forEach((member, value) -> document.set(member, mapper.valueToTree(value)));
        // Bytes, not a String: Jetty would encode a String as ISO-8859-1 for a media type it does not know.
        ctx.status(problem.status())
                .contentType(Problem.MEDIA_TYPE)
                .result(Json.write(mapper, document).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser on the staff pages gets the same problem as a readable page. */
    private static boolean wantsStaffPage(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/staff") && accept != null && accept.contains("text/html");
    }

    /**
     * The page says the problem in the reader's language: the title by its code, the detail from its
     * text, or by its code when the detail exists only in English.
     */
    private static void writeStaffPage(Context ctx, Problem problem, Text detail) {
        Messages messages = Messages.of(ctx);
        String codeKey = "problem." + problem.code();
        String title = messages.has(codeKey + ".title") ? messages.get(codeKey + ".title") : problem.title();
        String sentence = detail != null
                ? messages.get(detail)
                : messages.has(codeKey + ".detail") ? messages.get(codeKey + ".detail") : problem.detail();
        String body =
                Html.error(sentence) + "<p class=\"muted\">" + Html.esc(messages.get("problem.code", problem.code()))
                        + "</p><p><a href=\"/staff\">" + Html.esc(messages.get("problem.backToStart"))
                        + "</a> · <a href=\"/staff/sign-in\">"
                        + Html.esc(messages.get("signIn.title")) + "</a></p>";
        ctx.status(problem.status()).html(Html.page(messages, ctx.path(), title, null, null, body));
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> Problem.of("not-found", "Not found", 404, "There is no " + ctx.path() + " here.");
            case 413 ->
                Problem.of(
                        "payload-too-large",
                        "The request body is too large",
                        413,
                        "The request body is larger than the " + MAX_BODY_BYTES + " bytes accepted.");
            case 405 ->
                Problem.of(
                        "method-not-allowed",
                        "Method not allowed",
                        405,
                        ctx.method() + " is not allowed on " + ctx.path() + ".");
            default -> {
                String sentence =
                        e.getMessage() == null ? "The request failed with status " + status + "." : e.getMessage();
                yield Problem.of(status < 500 ? "bad-request" : "internal-error", sentence, status, sentence);
            }
        };
    }
}
