package se.bricka.backend.extract;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.tags.Apartment;
import se.bricka.backend.tags.TagAdminService;
import se.bricka.backend.web.Language;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffAction;

/**
 * Customer service records a tenant's request for a register extract, then produces the extract for
 * that request as JSON or PDF. The pages never show the extract's contents: access events reach
 * customer service only inside the downloaded document, and every download is audited under the
 * request's case.
 */
public final class ExtractRoutes {

    /** The page of one recorded request. */
    public static String requestPath(long requestId) {
        return "/staff/extract-requests/" + requestId;
    }

    private final RegisterExtractAssembler assembler;
    private final ExtractRequests requests;
    private final TagAdminService apartments;
    private final ExtractPdf pdf;
    private final ExtractPages pages;

    public ExtractRoutes(
            RegisterExtractAssembler assembler, ExtractRequests requests, TagAdminService apartments, ExtractPdf pdf) {
        this.assembler = assembler;
        this.requests = requests;
        this.apartments = apartments;
        this.pdf = pdf;
        this.pages = new ExtractPages(pdf.zone());
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get("/staff/apartments/{apartmentId}/extract", this::requestForm);
        routes.post("/staff/apartments/{apartmentId}/extract-requests", this::record);
        routes.get("/staff/apartments/{apartmentId}/extract.json", this::withoutRequest);
        routes.get("/staff/apartments/{apartmentId}/extract.pdf", this::withoutRequest);
        routes.get("/staff/extract-requests/{requestId}", this::requestPage);
        routes.get("/staff/extract-requests/{requestId}/extract.json", this::json);
        routes.get("/staff/extract-requests/{requestId}/extract.pdf", this::pdf);
    }

    private void requestForm(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        Messages messages = Messages.of(ctx);
        Apartment apartment = apartments.apartment(RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId")));
        ctx.html(StaffGuard.page(
                ctx,
                session,
                messages.get("extractRequest.formTitle", apartment.label()),
                pages.requestForm(
                        session,
                        messages,
                        apartment,
                        requests.today(apartment),
                        requests.ofApartment(apartment.id()))));
    }

    private void record(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        long apartmentId = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        ExtractRequest request = requests.record(
                session.account(),
                apartmentId,
                new ExtractRequests.Form(
                        ctx.formParam("requestedBy"),
                        ctx.formParam("channel"),
                        ctx.formParam("receivedOn"),
                        ctx.formParam("caseReference")));
        ctx.redirect(requestPath(request.id()) + "?recorded", HttpStatus.SEE_OTHER);
    }

    /** The extract once had these addresses, without a request; they now say how to get one. */
    private void withoutRequest(Context ctx) {
        StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        long apartmentId = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        throw StaffProblems.conflict(
                Text.of("problem.extractNeedsRequest", "/staff/apartments/" + apartmentId + "/extract"));
    }

    private void requestPage(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        Messages messages = Messages.of(ctx);
        ExtractRequest request = requests.find(RequestInput.pathId("requestId", ctx.pathParam("requestId")));
        Apartment apartment = apartments.apartment(request.apartmentId());
        ctx.html(StaffGuard.page(
                ctx,
                session,
                messages.get("extractRequest.title", apartment.label()),
                pages.requestPage(
                        messages,
                        apartment,
                        request,
                        requests.isOpen(request),
                        ctx.queryParamMap().containsKey("recorded"))));
    }

    /** The extract's language: the one asked for in {@code lang}, else the page's. */
    private static Messages extractLanguage(Context ctx) {
        return Language.parse(ctx.queryParam("lang")).map(Language::messages).orElseGet(() -> Messages.of(ctx));
    }

    private RegisterExtract produce(Context ctx, String output, Messages messages) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.REGISTER_EXTRACT);
        ExtractRequest request = requests.open(RequestInput.pathId("requestId", ctx.pathParam("requestId")));
        RegisterExtract extract = assembler.assemble(session.account(), request, messages, output);
        String name = "register-extract-" + extract.apartment().label().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                + request.id() + (output.endsWith("pdf") ? ".pdf" : ".json");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        return extract;
    }

    private void json(Context ctx) {
        ctx.json(produce(ctx, "extract-json", extractLanguage(ctx)));
    }

    private void pdf(Context ctx) {
        Messages messages = extractLanguage(ctx);
        RegisterExtract extract = produce(ctx, "extract-pdf", messages);
        ctx.contentType("application/pdf").result(pdf.render(extract, messages));
    }
}
