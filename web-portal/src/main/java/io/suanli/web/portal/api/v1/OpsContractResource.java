package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.ContractForm;
import io.suanli.core.service.application.ContractService;
import io.suanli.core.service.application.ContractView;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.web.portal.api.ApiFunction;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * Contracts for operations and sales (O9, SPEC §11): {@code POST /api/v1/ops/contracts {customerId, contractNo, creditLine,
 * discountRate?, startsOn, endsOn, items?[{specCode, unitPrice, billingMode?}]}} → 201 (a DRAFT), {@code GET …?customerId&status},
 * {@code GET …/{id}}, {@code POST …/{id}/activate}, {@code POST …/{id}/terminate {reason}}, {@code POST …/{id}/files} (a PDF's bytes,
 * {@code X-File-Name}) and {@code GET …/{id}/files/{fileId}}. An item's billing mode defaults
 * to PREPAID_MONTHLY.
 */
@Path("/v1/ops/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsContractResource {

    @Inject
    ContractService contracts;

    @POST
    @ApiFunction(StaffFunction.OPS_CONTRACT_EDIT)
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        List<ContractForm.Item> items = new ArrayList<>();
        JsonValue v = b.get("items");
        if (v instanceof JsonArray a) {
            for (JsonValue e : a) {
                if (!(e instanceof JsonObject o)) {
                    throw new io.suanli.core.shared.domain.SuanliException("request.malformed", "items must be objects");
                }
                items.add(new ContractForm.Item(JsonBodies.string(o, "specCode", false), JsonBodies.string(o, "billingMode", false),
                        o.containsKey("unitPrice") ? JsonBodies.amount(o, "unitPrice") : null));
            }
        } else if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
            throw new io.suanli.core.shared.domain.SuanliException("request.malformed", "items must be an array");
        }
        ContractForm f = new ContractForm(JsonBodies.idIfGiven(b, "customerId"), JsonBodies.string(b, "contractNo", false),
                b.containsKey("creditLine") ? JsonBodies.amount(b, "creditLine") : null, JsonBodies.rate(b, "discountRate"),
                JsonBodies.string(b, "startsOn", false), JsonBodies.string(b, "endsOn", false), items);
        return Response.status(Response.Status.CREATED).entity(contract(contracts.create(f))).build();
    }

    @GET
    public Response list(@QueryParam("customerId") String customerId, @QueryParam("status") String status, @QueryParam("first") int first,
                         @QueryParam("max") Integer max) {
        return page(contracts.list(customerId == null || customerId.isBlank() ? null : JsonBodies.id(customerId, "customerId"), status, first,
                max == null ? 50 : Math.min(max, 500)));
    }

    @GET
    @Path("/{id}")
    public JsonObject one(@PathParam("id") String id) {
        return contract(contracts.of(JsonBodies.id(id, "id")));
    }

    @POST
    @Path("/{id}/activate")
    @Consumes(MediaType.WILDCARD)
    @ApiFunction(StaffFunction.OPS_CONTRACT_EDIT)
    public JsonObject activate(@PathParam("id") String id) {
        return contract(contracts.activate(JsonBodies.id(id, "id")));
    }

    @POST
    @Path("/{id}/terminate")
    @ApiFunction(StaffFunction.OPS_CONTRACT_EDIT)
    public JsonObject terminate(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return contract(contracts.terminate(JsonBodies.id(id, "id"), JsonBodies.string(b, "reason", false)));
    }

    @POST
    @Path("/{id}/files")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @ApiFunction(StaffFunction.OPS_CONTRACT_EDIT)
    public Response attach(@PathParam("id") String id, java.io.InputStream content, @jakarta.ws.rs.HeaderParam("Content-Length") String length,
                           @jakarta.ws.rs.HeaderParam("X-File-Name") @jakarta.ws.rs.DefaultValue("contract.pdf") String fileName) throws java.io.IOException {
        return Response.status(Response.Status.CREATED).entity(contract(contracts.attach(JsonBodies.id(id, "id"), fileName,
                VerificationResource.bounded(content, length)))).build();
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return download(contracts.file(JsonBodies.id(id, "id"), JsonBodies.id(fileId, "fileId")));
    }

    static Response download(io.suanli.core.identity.application.StoredFile f) {
        return Response.ok(f.content(), f.contentType()).header("Cache-Control", "private, no-store").header("Content-Disposition", f.disposition())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    static Response page(Page<ContractView> page) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(c -> rows.add(contract(c)));
        return Response.ok(rows.build()).header("X-Total-Count", page.total()).build();
    }

    static JsonObject contract(ContractView c) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(c.id())).add("contractNo", c.contractNo())
                .add("customerId", String.valueOf(c.customerId())).add("creditLine", c.creditLine().toString()).add("startsOn", c.startsOn().toString())
                .add("endsOn", c.endsOn().toString()).add("status", c.status()).add("creditGranted", c.creditGranted())
                .add("createdAt", c.createdAt().toString()).add("createdBy", c.createdBy());
        if (c.customerName() != null) {
            b.add("customerName", c.customerName());
        }
        if (c.discountRate() != null) {
            b.add("discountRate", c.discountRate().toPlainString());
        }
        if (c.reason() != null) {
            b.add("reason", c.reason());
        }
        if (c.activatedAt() != null) {
            b.add("activatedAt", c.activatedAt().toString());
        }
        if (c.closedAt() != null) {
            b.add("closedAt", c.closedAt().toString());
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        c.items().forEach(i -> items.add(Json.createObjectBuilder().add("specCode", i.specCode()).add("billingMode", i.billingMode())
                .add("unitPrice", i.unitPrice().toPlainString())));
        JsonArrayBuilder files = Json.createArrayBuilder();
        c.files().forEach(f -> files.add(Json.createObjectBuilder().add("fileId", String.valueOf(f.fileId())).add("fileName", f.fileName())
                .add("uploadedAt", f.uploadedAt().toString())));
        JsonArrayBuilder actions = Json.createArrayBuilder();
        c.actions().forEach(actions::add);
        return b.add("items", items).add("files", files).add("actions", actions).build();
    }
}
