package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.BillService;
import io.suanli.core.billing.application.BillView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The caller's bills (U8): {@code GET /api/v1/bills} → the months with bills, newest first;
 * {@code GET /api/v1/bills/{yyyy-MM}} → {@code {period, charged, refunded, total, discount, invoiced, kept, lines[{productCode,
 * specCode, billingMode, orderType, kind, amount, discount, entries}]}};
 * {@code GET /api/v1/bills/{yyyy-MM}/pdf} → the kept bill of the month as a PDF (404 {@code bill.notKept} before the
 * monthly bill run), labels in the request's language.
 */
@Path("/v1/bills")
@Produces(MediaType.APPLICATION_JSON)
public class BillResource {

    @Inject
    BillService bills;

    @GET
    public JsonArray periods() {
        return Json.createArrayBuilder(bills.myPeriods()).build();
    }

    @GET
    @Path("/{period}")
    public JsonObject bill(@PathParam("period") String period) {
        return json(bills.mine(period));
    }

    @GET
    @Path("/{period}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("period") String period) {
        return pdf(bills.myPdf(period));
    }

    static Response pdf(BillService.Pdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    static JsonObject json(BillView b) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        b.lines().forEach(l -> lines.add(line(l)));
        return Json.createObjectBuilder().add("customerId", String.valueOf(b.customerId())).add("period", b.period())
                .add("charged", b.charged().toString()).add("refunded", b.refunded().toString()).add("total", b.total().toString())
                .add("discount", b.discount().toString()).add("invoiced", b.invoiced().toString()).add("kept", b.builtAt() != null)
                .add("lines", lines).build();
    }

    static JsonObjectBuilder line(BillView.Line l) {
        return Json.createObjectBuilder().add("customerId", String.valueOf(l.customerId())).add("period", l.period())
                .add("productCode", l.productCode()).add("specCode", l.specCode()).add("billingMode", l.billingMode())
                .add("orderType", l.orderType()).add("kind", l.kind()).add("amount", l.amount().toString())
                .add("discount", l.discount().toString()).add("entries", l.entries());
    }
}
