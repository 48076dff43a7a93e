package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.InvoiceForm;
import io.suanli.core.service.application.InvoiceService;
import io.suanli.core.service.application.InvoiceView;
import io.suanli.core.service.application.InvoiceableView;
import io.suanli.core.shared.domain.Page;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A customer's invoices (U10, SPEC §11): {@code GET /api/v1/invoices/invoiceable} → {@code {invoiceable, invoiced, pending,
 * consumed, inDebt, debt, verified, enterprise, title?, taxNo?}}; {@code POST /api/v1/invoices {type: NORMAL|SPECIAL, title?,
 * taxNo?, amount, email, bankName?, bankAccount?, address?, phone?, mailTo?}} → 201 {@code {invoiceNo, status, …}};
 * {@code GET /api/v1/invoices?status&first&max} (newest first, {@code X-Total-Count}); {@code GET …/{invoiceNo}};
 * {@code POST …/{invoiceNo}/cancel}. Amounts are strings with two decimals; contact and bank details come back masked.
 */
@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @GET
    @Path("/invoiceable")
    public JsonObject invoiceable() {
        return invoiceable(invoices.invoiceable());
    }

    @POST
    public Response request(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        InvoiceForm form = new InvoiceForm(JsonBodies.string(b, "type", false), JsonBodies.string(b, "title", false),
                JsonBodies.string(b, "taxNo", false), JsonBodies.amount(b, "amount"), JsonBodies.string(b, "email", false),
                JsonBodies.string(b, "bankName", false), JsonBodies.string(b, "bankAccount", false), JsonBodies.string(b, "address", false),
                JsonBodies.string(b, "phone", false), JsonBodies.string(b, "mailTo", false));
        return Response.status(Response.Status.CREATED).entity(invoice(invoices.request(form))).build();
    }

    @GET
    public Response mine(@QueryParam("status") String status, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        return page(invoices.mine(status, first, max == null ? 50 : Math.min(max, 500)));
    }

    @GET
    @Path("/{invoiceNo}")
    public JsonObject one(@PathParam("invoiceNo") String invoiceNo) {
        return invoice(invoices.mine(invoiceNo));
    }

    @POST
    @Path("/{invoiceNo}/cancel")
    public JsonObject cancel(@PathParam("invoiceNo") String invoiceNo) {
        return invoice(invoices.cancel(invoiceNo));
    }

    static Response page(Page<InvoiceView> page) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(v -> rows.add(invoice(v)));
        return Response.ok(rows.build()).header("X-Total-Count", page.total()).build();
    }

    static JsonObject invoiceable(InvoiceableView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("customerId", String.valueOf(v.customerId()))
                .add("invoiceable", v.invoiceable().toString()).add("invoiced", v.invoiced().toString()).add("pending", v.pending().toString())
                .add("consumed", v.consumed().toString()).add("inDebt", v.inDebt()).add("debt", v.debt().toString())
                .add("verified", v.verified()).add("enterprise", v.enterprise());
        if (v.title() != null) {
            b.add("title", v.title());
        }
        if (v.taxNo() != null) {
            b.add("taxNo", v.taxNo());
        }
        return b.build();
    }

    static JsonObject invoice(InvoiceView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("invoiceNo", v.invoiceNo()).add("customerId", String.valueOf(v.customerId()))
                .add("type", v.type()).add("paper", v.paper()).add("title", v.title()).add("amount", v.amount().toString())
                .add("email", v.email()).add("status", v.status()).add("requestedAt", v.requestedAt().toString())
                .add("requestedBy", v.requestedBy()).add("reversed", v.reversed().toString());
        put(b, "customerName", v.customerName());
        put(b, "taxNo", v.taxNo());
        put(b, "bankName", v.bankName());
        put(b, "bankAccount", v.bankAccount());
        put(b, "address", v.address());
        put(b, "phone", v.phone());
        put(b, "mailTo", v.mailTo());
        put(b, "invoiceNumber", v.invoiceNumber());
        put(b, "issuedOn", v.issuedOn() == null ? null : v.issuedOn().toString());
        put(b, "courier", v.courier());
        put(b, "trackingNo", v.trackingNo());
        put(b, "reason", v.reason());
        put(b, "decidedAt", v.decidedAt() == null ? null : v.decidedAt().toString());
        put(b, "decidedBy", v.decidedBy());
        JsonArrayBuilder reds = Json.createArrayBuilder();
        v.redLetters().forEach(r -> reds.add(Json.createObjectBuilder().add("redNumber", r.redNumber()).add("amount", r.amount().toString())
                .add("issuedOn", r.issuedOn().toString()).add("reason", r.reason()).add("recordedAt", r.recordedAt().toString())
                .add("recordedBy", r.recordedBy())));
        JsonArrayBuilder actions = Json.createArrayBuilder();
        v.actions().forEach(actions::add);
        return b.add("redLetters", reds).add("actions", actions).build();
    }

    private static void put(JsonObjectBuilder b, String field, String value) {
        if (value != null) {
            b.add(field, value);
        }
    }
}
