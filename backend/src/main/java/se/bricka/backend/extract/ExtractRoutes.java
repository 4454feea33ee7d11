package se.bricka.backend.extract;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
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
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        String base = "/staff/apartments/" + id + "/extract";
        ctx.html(StaffGuard.page(
                session,
                "Register extract",
                "<p>The extract holds everything stored about the"
                        + " apartment: tags, bookings, access events of the last 14 days, the name-board entry, the record"
                        + " of reads of its access events, and the information the law requires. Producing it is"
                        + " recorded.</p><ul><li><a id=\"extract-pdf\" href=\"" + base
                        + ".pdf\">PDF, for the tenant</a></li>"
                        + "<li><a id=\"extract-json\" href=\"" + base
                        + ".json\">JSON, machine-readable</a></li></ul>"));
    }

    private void json(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        ctx.header("Content-Disposition", "attachment; filename=\"register-extract-" + id + ".json\"");
        ctx.json(assembler.assemble(session.account(), id));
    }

    private void pdf(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        ctx.header("Content-Disposition", "attachment; filename=\"register-extract-" + id + ".pdf\"");
        ctx.contentType("application/pdf").result(pdf.render(assembler.assemble(session.account(), id)));
    }
}
