package io.suanli.web.portal.api.v1;

import io.suanli.core.distribution.application.ApplicationView;
import io.suanli.core.distribution.application.DistributorService;
import io.suanli.core.distribution.application.DistributorView;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The distributor side for customers (U11, SPEC §10): {@code POST /api/v1/distributor/application {profile, channels,
 * contactName, contactMobile, licenceFileId?}} → the application ({@code status} PENDING), {@code POST …/application/licence}
 * (the licence file's bytes, JPEG, PNG or PDF by content, at most 5 MB) → {@code {fileId}}, {@code GET …/application} (the
 * latest, 404 when none), {@code GET /api/v1/distributor} → {@code {tier, levelCode, customerInviteCode, distributorInviteCode?,
 * parentCustomerId?, customers, subDistributors}} (404 for a customer that is no distributor),
 * {@code GET …/commissions?from=yyyy-MM&to=yyyy-MM&kind=ACCRUAL|CLAWBACK|PAYOUT&first&max} → {@code [{at, kind, role,
 * customerId, customerName, base, rate, amount, sourceRef, period}]} newest first, {@code GET …/customers} → the bound
 * customers {@code [{customerId, name, mobile (masked), since, source, consumedThisMonth, commissionThisMonth}]},
 * {@code GET …/statements} (the latest first), {@code GET …/statements/{period}} → {@code {period, opening, accrued,
 * clawedBack, closing, status, …}}, {@code GET …/statements/{period}/pdf} and {@code …/xlsx} → the statement as a file,
 * {@code POST …/statements/{period}/confirm}.
 */
@Path("/v1/distributor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistributorResource {

    @Inject
    DistributorService distributors;

    @Inject
    io.suanli.core.distribution.application.CommissionService commissions;

    @GET
    @Path("/commissions")
    public jakarta.json.JsonArray commissions(@jakarta.ws.rs.QueryParam("from") String from, @jakarta.ws.rs.QueryParam("to") String to,
                                              @jakarta.ws.rs.QueryParam("kind") String kind, @jakarta.ws.rs.QueryParam("first") int first,
                                              @jakarta.ws.rs.QueryParam("max") Integer max) {
        return lines(commissions.myLines(from, to, kind, first, max == null ? 100 : max));
    }

    @Inject
    io.suanli.core.distribution.application.StatementService statements;

    @GET
    @Path("/statements")
    public jakarta.json.JsonArray statements(@jakarta.ws.rs.QueryParam("first") int first, @jakarta.ws.rs.QueryParam("max") Integer max) {
        jakarta.json.JsonArrayBuilder rows = Json.createArrayBuilder();
        statements.mine(first, max == null ? 24 : max).forEach(v -> rows.add(statement(v)));
        return rows.build();
    }

    @GET
    @Path("/statements/{period}")
    public JsonObject statement(@jakarta.ws.rs.PathParam("period") String period) {
        return statement(statements.mine(period));
    }

    @GET
    @Path("/statements/{period}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public jakarta.ws.rs.core.Response statementPdf(@jakarta.ws.rs.PathParam("period") String period) {
        return file(statements.myDocument(period, "pdf"));
    }

    @GET
    @Path("/statements/{period}/xlsx")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public jakarta.ws.rs.core.Response statementXlsx(@jakarta.ws.rs.PathParam("period") String period) {
        return file(statements.myDocument(period, "xlsx"));
    }

    static jakarta.ws.rs.core.Response file(io.suanli.core.distribution.application.StatementDocument d) {
        return jakarta.ws.rs.core.Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"").build();
    }

    @POST
    @Path("/statements/{period}/confirm")
    public JsonObject confirm(@jakarta.ws.rs.PathParam("period") String period) {
        return statement(statements.confirm(period));
    }

    static JsonObject statement(io.suanli.core.distribution.application.StatementView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("distributorId", String.valueOf(v.distributorId())).add("period", v.period())
                .add("opening", v.opening().toString()).add("accrued", v.accrued().toString()).add("clawedBack", v.clawedBack().toString())
                .add("closing", v.closing().toString()).add("lines", v.lines()).add("status", v.status()).add("madeAt", v.madeAt().toString())
                .add("paidOut", v.paidOut().toString());
        if (v.confirmsItselfAt() != null) {
            b.add("confirmsItselfAt", v.confirmsItselfAt().toString());
        }
        if (v.confirmedAt() != null) {
            b.add("confirmedAt", v.confirmedAt().toString()).add("confirmedBy", v.confirmedBy());
        }
        if (v.payoutReference() != null) {
            b.add("payoutReference", v.payoutReference());
        }
        if (v.settledAt() != null) {
            b.add("settledAt", v.settledAt().toString()).add("settledBy", v.settledBy());
        }
        return b.build();
    }

    @GET
    @Path("/customers")
    public jakarta.json.JsonArray customers(@jakarta.ws.rs.QueryParam("first") int first, @jakarta.ws.rs.QueryParam("max") Integer max) {
        return bound(commissions.myCustomers(first, max == null ? 50 : max));
    }

    static jakarta.json.JsonArray lines(java.util.List<io.suanli.core.distribution.application.CommissionView> lines) {
        jakarta.json.JsonArrayBuilder rows = Json.createArrayBuilder();
        for (var l : lines) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(l.id())).add("at", l.at().toString()).add("kind", l.kind())
                    .add("role", l.role()).add("base", l.base().toString()).add("rate", OpsMarketingResource.rate(l.rate()))
                    .add("amount", l.amount().toString()).add("sourceRef", l.sourceRef()).add("period", l.period());
            if (l.customerId() != null) {
                b.add("customerId", String.valueOf(l.customerId()));
            }
            if (l.customerName() != null) {
                b.add("customerName", l.customerName());
            }
            rows.add(b);
        }
        return rows.build();
    }

    static jakarta.json.JsonArray bound(java.util.List<io.suanli.core.distribution.application.BoundCustomerView> customers) {
        jakarta.json.JsonArrayBuilder rows = Json.createArrayBuilder();
        for (var c : customers) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("customerId", String.valueOf(c.customerId())).add("since", c.since().toString())
                    .add("source", c.source()).add("consumedThisMonth", c.consumedThisMonth().toString())
                    .add("commissionThisMonth", c.commissionThisMonth().toString());
            if (c.name() != null) {
                b.add("name", c.name());
            }
            if (c.maskedMobile() != null) {
                b.add("mobile", c.maskedMobile());
            }
            rows.add(b);
        }
        return rows.build();
    }

    @POST
    @Path("/application")
    public Response apply(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        ApplicationView a = distributors.apply(JsonBodies.string(b, "profile", false), JsonBodies.string(b, "channels", false),
                JsonBodies.string(b, "contactName", false), JsonBodies.string(b, "contactMobile", false), JsonBodies.idIfGiven(b, "licenceFileId"));
        return Response.status(Response.Status.CREATED).entity(application(a)).build();
    }

    @Inject
    io.suanli.core.identity.application.RealNameVerificationService files;

    @POST
    @Path("/application/licence")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public JsonObject licence(java.io.InputStream content, @jakarta.ws.rs.HeaderParam("Content-Length") String length,
                              @jakarta.ws.rs.HeaderParam("X-File-Name") @jakarta.ws.rs.DefaultValue("licence") String fileName)
            throws java.io.IOException {
        return Json.createObjectBuilder().add("fileId", String.valueOf(files.uploadMaterials(fileName, VerificationResource.bounded(content, length))))
                .build();
    }

    @GET
    @Path("/application")
    public JsonObject myApplication() {
        ApplicationView a = distributors.myApplication();
        if (a == null) {
            throw new NotFoundException("distribution.noApplication");
        }
        return application(a);
    }

    @GET
    public JsonObject mine() {
        return distributor(distributors.mine());
    }

    static JsonObject application(ApplicationView a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(a.id())).add("customerId", String.valueOf(a.customerId()))
                .add("status", a.status()).add("profile", a.profile()).add("channels", a.channels()).add("contactName", a.contactName())
                .add("contactMobile", a.contactMobile()).add("createdAt", a.createdAt().toString());
        if (a.customerName() != null) {
            b.add("customerName", a.customerName());
        }
        if (a.parentCustomerId() != null) {
            b.add("parentCustomerId", String.valueOf(a.parentCustomerId()));
        }
        if (a.levelCode() != null) {
            b.add("levelCode", a.levelCode());
        }
        if (a.reason() != null) {
            b.add("reason", a.reason());
        }
        if (a.reviewedAt() != null) {
            b.add("reviewedAt", a.reviewedAt().toString()).add("reviewedBy", a.reviewedBy());
        }
        if (a.licenceFileId() != null) {
            b.add("licenceFileId", String.valueOf(a.licenceFileId()));
        }
        return b.build();
    }

    static JsonObject distributor(DistributorView d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("customerId", String.valueOf(d.customerId())).add("tier", d.tier())
                .add("levelCode", d.levelCode()).add("levelName", d.levelName()).add("customerInviteCode", d.customerInviteCode())
                .add("customers", d.customers()).add("subDistributors", d.subDistributors());
        if (d.distributorInviteCode() != null) {
            b.add("distributorInviteCode", d.distributorInviteCode());
        }
        if (d.parentCustomerId() != null) {
            b.add("parentCustomerId", String.valueOf(d.parentCustomerId()));
        }
        return b.build();
    }
}
