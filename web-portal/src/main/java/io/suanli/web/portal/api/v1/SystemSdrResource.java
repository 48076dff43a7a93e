package io.suanli.web.portal.api.v1;

import io.suanli.core.usage.application.SdrFileService;
import io.suanli.core.usage.application.SdrFileService.FileView;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.StoredSdrRecord;
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

import java.io.InputStream;

/**
 * SDR files (B1, S7, S10), system administrators: {@code POST /api/v1/system/sdr/files?name=…} with the file as the
 * raw body ({@code application/octet-stream} or {@code text/plain}; a form body is refused) → 201 and the file (200 with {@code duplicate: true} and the earlier file when the same
 * content was received before); {@code GET …/files?status=&first=&max=} (X-Total-Count);
 * {@code GET …/files/{id}}; {@code GET …/files/{id}/errors?afterLine=&max=}; {@code POST …/files/{id}/import}
 * (start, or restart after a failure or a stop); {@code POST …/files/{id}/stop}; {@code POST /api/v1/system/sdr/inbox/scan} → {@code {received}} takes the inbox directory now; {@code GET /api/v1/system/sdr/records?fileId=&resourceId=&from=&to=&first=&max=}.
 * Amounts are strings with two decimals.
 */
@Path("/v1/system/sdr")
@Produces(MediaType.APPLICATION_JSON)
public class SystemSdrResource {

    @Inject
    SdrFileService files;

    @POST
    @Path("/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("name") String name, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers, InputStream body) {
        MediaType type = headers.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || "multipart".equals(type.getType()))) {
            // a form body is taken apart by the server before it gets here: the file must come as the raw body
            throw new io.suanli.core.shared.domain.SuanliException("sdr.rawBody", type.toString());
        }
        SdrFileService.Received r = files.receive(name, body);
        JsonObject json = Json.createObjectBuilder(json(r.file())).add("duplicate", r.duplicate()).build();
        return Response.status(r.duplicate() ? 200 : 201).entity(json).build();
    }

    @POST
    @Path("/inbox/scan")
    @Consumes(MediaType.WILDCARD)
    public JsonObject scanInbox() {
        return Json.createObjectBuilder().add("received", files.scanInbox()).build();
    }

    @GET
    @Path("/files")
    public Response list(@QueryParam("status") String status, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        SdrFileService.Page<FileView> page = files.files(status, first, max == null ? 50 : max);
        JsonArrayBuilder a = Json.createArrayBuilder();
        page.rows().forEach(f -> a.add(json(f)));
        return Response.ok(a.build()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("/files/{id}")
    public JsonObject one(@PathParam("id") long id) {
        return json(files.file(id));
    }

    @POST
    @Path("/files/{id}/import")
    @Consumes(MediaType.WILDCARD)
    public JsonObject start(@PathParam("id") long id) {
        return json(files.startImport(id));
    }

    @POST
    @Path("/files/{id}/stop")
    @Consumes(MediaType.WILDCARD)
    public JsonObject stop(@PathParam("id") long id) {
        return json(files.stopImport(id));
    }

    @GET
    @Path("/files/{id}/errors")
    public Response errors(@PathParam("id") long id, @QueryParam("afterLine") long afterLine, @QueryParam("max") Integer max) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (LineError e : files.errors(id, afterLine, max == null ? 100 : max)) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("line", e.lineNumber()).add("reason", e.reason().name())
                    .add("message", e.message());
            if (e.rawLine() != null) {
                o.add("raw", e.rawLine());
            }
            a.add(o);
        }
        return Response.ok(a.build()).build();
    }

    @GET
    @Path("/records")
    public Response records(@QueryParam("fileId") Long fileId, @QueryParam("resourceId") Long resourceId, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("first") int first, @QueryParam("max") Integer max) {
        SdrFileService.Page<StoredSdrRecord> page = files.records(fileId, resourceId, AccountResource.instant(from),
                AccountResource.instant(to), first, max == null ? 50 : max);
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (StoredSdrRecord s : page.rows()) {
            a.add(Json.createObjectBuilder().add("recordId", s.recordId()).add("fileId", String.valueOf(s.fileId())).add("line", s.lineNo())
                    .add("correction", s.correction()).add("stamp", s.stamp().toString()).add("resourceId", String.valueOf(s.resourceId()))
                    .add("hour", s.hour().toString()).add("usage", s.usage().stripTrailingZeros().toPlainString()).add("unit", s.unit()));
        }
        return Response.ok(a.build()).header("X-Total-Count", page.total()).build();
    }

    static JsonObject json(FileView f) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(f.id())).add("source", f.source()).add("name", f.name())
                .add("sizeBytes", f.sizeBytes()).add("sha256", f.sha256()).add("status", f.status()).add("bytesDone", f.bytesDone())
                .add("percent", f.percent()).add("linesRead", f.linesRead()).add("records", f.recordsNew())
                .add("corrections", f.corrections()).add("duplicates", f.duplicates()).add("errors", f.errors())
                .add("resources", f.resources()).add("hoursRated", f.hoursRated())
                .add("amountRated", f.amountRated().setScale(2).toPlainString()).add("amountCharged", f.amountCharged().setScale(2).toPlainString())
                .add("receivedAt", f.receivedAt().toString()).add("receivedBy", f.receivedBy());
        if (f.statusReason() != null) {
            b.add("statusReason", f.statusReason());
        }
        if (f.jobExecutionId() != null) {
            b.add("jobExecutionId", f.jobExecutionId());
        }
        if (f.startedAt() != null) {
            b.add("startedAt", f.startedAt().toString());
        }
        if (f.finishedAt() != null) {
            b.add("finishedAt", f.finishedAt().toString());
        }
        return b.build();
    }
}
