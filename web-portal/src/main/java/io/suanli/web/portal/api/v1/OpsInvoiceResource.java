package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.InvoiceService;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiErrors;
import io.suanli.web.portal.api.ApiFunction;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Finance's invoice review (O6, SPEC §11): {@code GET /api/v1/ops/invoices?status&type&customerId&invoiceNo&from&to&first&max}
 * (newest first, {@code X-Total-Count}), {@code GET …/export} (the same as Excel), {@code GET …/{invoiceNo}} (in full),
 * {@code POST …/{invoiceNo}/approve {invoiceNumber, issuedOn, courier?, trackingNo?}}, {@code POST …/{invoiceNo}/reject {reason}},
 * {@code POST …/{invoiceNo}/red-letters {redNumber, amount, issuedOn, reason}}; {@code GET /api/v1/ops/invoices/invoiceable/{customerId}}.
 */
@Path("/v1/ops/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsInvoiceResource {

    @Inject
    InvoiceService invoices;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("customerId") String customerId,
                         @QueryParam("invoiceNo") String invoiceNo, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("first") int first, @QueryParam("max") Integer max) {
        return InvoiceResource.page(invoices.list(status, type, customer(customerId), invoiceNo, JsonBodies.date(from), JsonBodies.date(to), first,
                max == null ? 50 : Math.min(max, 500)));
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("status") String status, @QueryParam("type") String type, @QueryParam("customerId") String customerId,
                           @QueryParam("invoiceNo") String invoiceNo, @QueryParam("from") String from, @QueryParam("to") String to,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        byte[] xlsx = invoices.export(status, type, customer(customerId), invoiceNo, JsonBodies.date(from), JsonBodies.date(to), ApiErrors.locale(language));
        return Response.ok(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"invoices.xlsx\"").build();
    }

    @GET
    @Path("/invoiceable/{customerId}")
    public JsonObject invoiceable(@PathParam("customerId") String customerId) {
        return InvoiceResource.invoiceable(invoices.invoiceableOf(JsonBodies.id(customerId, "customerId")));
    }

    @GET
    @Path("/{invoiceNo}")
    public JsonObject one(@PathParam("invoiceNo") String invoiceNo) {
        return InvoiceResource.invoice(invoices.of(invoiceNo));
    }

    @POST
    @Path("/{invoiceNo}/approve")
    @ApiFunction(StaffFunction.OPS_INVOICE_REVIEW)
    public JsonObject approve(@PathParam("invoiceNo") String invoiceNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return InvoiceResource.invoice(invoices.approve(invoiceNo, JsonBodies.string(b, "invoiceNumber", false),
                JsonBodies.date(JsonBodies.string(b, "issuedOn", false)), JsonBodies.string(b, "courier", false), JsonBodies.string(b, "trackingNo", false)));
    }

    @POST
    @Path("/{invoiceNo}/reject")
    @ApiFunction(StaffFunction.OPS_INVOICE_REVIEW)
    public JsonObject reject(@PathParam("invoiceNo") String invoiceNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return InvoiceResource.invoice(invoices.reject(invoiceNo, JsonBodies.string(b, "reason", false)));
    }

    @POST
    @Path("/{invoiceNo}/red-letters")
    @ApiFunction(StaffFunction.OPS_INVOICE_REVIEW)
    public Response redLetter(@PathParam("invoiceNo") String invoiceNo, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return Response.status(Response.Status.CREATED).entity(InvoiceResource.invoice(invoices.redLetter(invoiceNo, JsonBodies.string(b, "redNumber", false),
                JsonBodies.amount(b, "amount"), JsonBodies.date(JsonBodies.string(b, "issuedOn", false)), JsonBodies.string(b, "reason", false)))).build();
    }

    private static Long customer(String id) {
        return id == null || id.isBlank() ? null : JsonBodies.id(id, "customerId");
    }
}
