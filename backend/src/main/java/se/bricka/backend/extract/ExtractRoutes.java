package se.bricka.backend.extract;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Language;
import se.bricka.backend.web.Messages;
import se.bricka.core.privacy.StaffAction;

/** Customer service produces an apartment's register extract on the tenant's request: JSON or PDF. */
public final class ExtractRoutes {

    private final RegisterExtractAssembler assembler;
    private final ExtractPdf pdf;

    public ExtractRoutes(RegisterExtractAssembler assembler, ExtractPdf pdf) {
        this.assembler = assembler;
        this.pdf = pdf;
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get("/staff/apartments/{apartmentId}/extract", this::page);
        routes.get("/staff/apartments/{apartmentId}/extract.json", this::json);
        routes.get("/staff/apartments/{apartmentId}/extract.pdf", this::pdf);
    }

    private void page(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        Messages messages = Messages.of(ctx);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        String base = "/staff/apartments/" + id + "/extract";
        StringBuilder links = new StringBuilder("<ul>");
        for (Language language : Language.values()) {
            String code = language.code();
            links.append("<li>")
                    .append(Html.link(
                            "extract-pdf-" + code, base + ".pdf?lang=" + code, messages.get("extract.pdf"), null))
                    .append(" (")
                    .append(Html.esc(language.messages().get("language.name")))
                    .append(") · ")
                    .append(Html.link(
                            "extract-json-" + code, base + ".json?lang=" + code, messages.get("extract.json"), null))
                    .append("</li>");
        }
        links.append("</ul>");
        ctx.html(StaffGuard.page(
                ctx,
                session,
                messages.get("extract.title"),
                "<p>" + Html.esc(messages.get("extract.what")) + "</p>" + links));
    }

    /** The extract's language: the one asked for in {@code lang}, else the page's. */
    private static Messages extractLanguage(Context ctx) {
        return Language.parse(ctx.queryParam("lang")).map(Language::messages).orElseGet(() -> Messages.of(ctx));
    }

    private void json(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        ctx.header("Content-Disposition", "attachment; filename=\"register-extract-" + id + ".json\"");
        ctx.json(assembler.assemble(session.account(), id, extractLanguage(ctx)));
    }

    private void pdf(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        Messages messages = extractLanguage(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"register-extract-" + id + ".pdf\"");
        ctx.contentType("application/pdf")
                .result(pdf.render(assembler.assemble(session.account(), id, messages), messages));
    }
}
