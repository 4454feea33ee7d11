package se.bricka.backend.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.web.Html;
import se.bricka.core.wire.Problem;

/**
 * The one place where failures become RFC 9457 problem documents. Nothing else writes an error
 * response, and no stack trace ever leaves the server.
 */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

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
            write(ctx, e.problem());
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
        if (wantsStaffPage(ctx)) {
            writeStaffPage(ctx, problem);
            return;
        }
        // Bytes, not a String: Jetty would encode a String as ISO-8859-1 for a media type it does not know.
        ctx.status(problem.status())
                .contentType(Problem.MEDIA_TYPE)
                .result(Json.write(mapper, problem).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser on the staff pages gets the same problem as a readable page. */
    private static boolean wantsStaffPage(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/staff") && accept != null && accept.contains("text/html");
    }

    private static void writeStaffPage(Context ctx, Problem problem) {
        String body = Html.error(problem.detail()) + "<p class=\"muted\">Code: " + Html.esc(problem.code())
                + "</p><p><a href=\"/staff\">Back to the start page</a> · <a href=\"/staff/sign-in\">Sign in</a></p>";
        ctx.status(problem.status()).html(Html.page(problem.title(), null, null, body));
    }

    private static Problem fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> Problem.of("not-found", "Not found", 404, "There is no " + ctx.path() + " here.");
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
