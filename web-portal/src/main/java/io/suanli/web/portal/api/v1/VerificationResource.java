package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.identity.application.StoredFile;
import io.suanli.core.identity.application.VerificationView;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.TooLargeException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;

/**
 * Real-name verification over the API (the consoles do the same):
 * customer — {@code GET /api/v1/verification}, {@code POST /api/v1/verification/licence} (the file's bytes),
 * {@code POST /api/v1/verification} ({@code {name, idNumber}} or {@code {company, creditCode, legalRepName,
 * legalRepId, licenceFileId}}); operations — {@code GET /api/v1/ops/verifications?status=},
 * {@code POST /api/v1/ops/verifications/{id}/approve}, {@code …/reject {reason}}; both — {@code GET /api/v1/files/{id}}.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    RealNameVerificationService verifications;

    @GET
    @Path("/verification")
    public Response mine() {
        return verifications.mine().map(v -> Response.ok(json(v))).orElse(Response.noContent()).build();
    }

    @POST
    @Path("/verification/licence")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public JsonObject licence(InputStream content, @HeaderParam("Content-Length") String length,
                              @HeaderParam("X-File-Name") @DefaultValue("licence") String fileName) throws IOException {
        return Json.createObjectBuilder().add("fileId", String.valueOf(verifications.upload(fileName, bounded(content, length)))).build();
    }

    /**
     * The upload's bytes, refused before a byte of the body is read when it declares more than the limit, and after
     * the limit's worth when it does not say (chunked): never more than the limit in memory.
     */
    static byte[] bounded(InputStream in, String declaredLength) throws IOException {
        long max = RealNameVerificationService.MAX_UPLOAD_BYTES;
        long declared;
        try {
            declared = declaredLength == null ? -1 : Long.parseLong(declaredLength.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > max) {
            throw new TooLargeException("upload.tooLarge", max / 1024 / 1024);
        }
        byte[] data = in.readNBytes((int) max + 1);
        if (data.length > max) {
            throw new TooLargeException("upload.tooLarge", max / 1024 / 1024);
        }
        return data;
    }

    @POST
    @Path("/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        VerificationView v;
        if (b.containsKey("company")) {
            String file = JsonBodies.string(b, "licenceFileId", false);
            Long fileId;
            try {
                fileId = file == null ? null : Long.valueOf(file);
            } catch (NumberFormatException e) {
                fileId = -1L;
            }
            v = verifications.submitEnterprise(JsonBodies.string(b, "company", true), JsonBodies.string(b, "creditCode", true),
                    JsonBodies.string(b, "legalRepName", true), JsonBodies.string(b, "legalRepId", true), fileId);
        } else {
            v = verifications.submitPersonal(JsonBodies.string(b, "name", true), JsonBodies.string(b, "idNumber", true));
        }
        return Response.status(Response.Status.CREATED).entity(json(v)).build();
    }

    @GET
    @Path("/ops/verifications")
    public JsonObject queue(@QueryParam("status") String status, @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("max") @DefaultValue("50") int max) {
        Page<VerificationView> page = verifications.queue(status, first, max);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        page.rows().forEach(v -> rows.add(json(v)));
        return Json.createObjectBuilder().add("total", page.total()).add("rows", rows).build();
    }

    @POST
    @Path("/ops/verifications/{id}/approve")
    public JsonObject approve(@PathParam("id") long id) {
        return json(verifications.approve(id));
    }

    @POST
    @Path("/ops/verifications/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_VERIFICATION_REVIEW)
    public JsonObject reject(@PathParam("id") long id, JsonObject body) {
        return json(verifications.reject(id, JsonBodies.string(JsonBodies.require(body), "reason", true)));
    }

    @GET
    @Path("/files/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    public Response file(@PathParam("id") long id) {
        StoredFile f = verifications.file(id);
        return Response.ok(f.content(), f.contentType()).header("Cache-Control", "private, no-store")
                .header("Content-Disposition", f.disposition()).header("X-Content-Type-Options", "nosniff").build();
    }

    static JsonObject json(VerificationView v) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(v.id()))
                .add("customerId", String.valueOf(v.customerId()))
                .add("customerName", v.customerName())
                .add("kind", v.kind())
                .add("status", v.status())
                .add("subjectName", v.subjectName())
                .add("idNumber", v.idNumberMasked())
                .add("submittedAt", v.submittedAt().toString());
        b.add("creditCode", v.creditCode() == null ? JsonValue.NULL : Json.createValue(v.creditCode()));
        b.add("legalRepName", v.legalRepName() == null ? JsonValue.NULL : Json.createValue(v.legalRepName()));
        b.add("licenceFileId", v.licenceFileId() == null ? JsonValue.NULL : Json.createValue(String.valueOf(v.licenceFileId())));
        b.add("rejectReason", v.rejectReason() == null ? JsonValue.NULL : Json.createValue(v.rejectReason()));
        return b.build();
    }
}
