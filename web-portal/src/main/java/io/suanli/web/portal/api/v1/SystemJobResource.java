package io.suanli.web.portal.api.v1;

import io.suanli.core.system.application.JobExecutionView;
import io.suanli.core.system.application.JobService;
import io.suanli.core.system.application.JobView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.time.Instant;

/**
 * Batch jobs (S7), system administrators: {@code GET /api/v1/system/jobs} (each known job with its schedule, next
 * start, whether it runs and its last execution); {@code GET …/{name}/executions?max=20}; {@code GET
 * …/executions/{id}}; {@code POST …/{name}/start {parameters?: {k: v}}} → 201 with the execution, 409
 * {@code job.running} while the job's lease is held; {@code POST …/executions/{id}/stop}; {@code POST
 * …/executions/{id}/restart} → 201 with the new execution. Executions carry status, exit status, times, items read,
 * written and skipped, and {@code total}/{@code done}/{@code percent} when the job published a total.
 */
@Path("/v1/system/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class SystemJobResource {

    @Inject
    JobService jobs;

    @GET
    public JsonArray list() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        jobs.jobs().forEach(j -> a.add(json(j)));
        return a.build();
    }

    @GET
    @Path("/{name}/executions")
    public JsonArray executions(@PathParam("name") String name, @QueryParam("max") Integer max) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        jobs.executions(name, max == null ? 20 : max).forEach(e -> a.add(json(e)));
        return a.build();
    }

    @GET
    @Path("/executions/{id}")
    public JsonObject execution(@PathParam("id") long id) {
        return json(jobs.execution(id));
    }

    @POST
    @Path("/{name}/start")
    @Consumes(MediaType.WILDCARD)
    public Response start(@PathParam("name") String name, String body) {
        JsonObject b = null;
        if (body != null && !body.isBlank()) {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                b = r.readObject();
            }
        }
        JobExecutionView e = jobs.start(name, b == null ? null : JsonBodies.stringMap(b, "parameters"));
        return Response.status(Response.Status.CREATED).entity(json(e)).build();
    }

    @POST
    @Path("/executions/{id}/stop")
    @Consumes(MediaType.WILDCARD)
    public JsonObject stop(@PathParam("id") long id) {
        return json(jobs.stop(id));
    }

    @POST
    @Path("/executions/{id}/restart")
    @Consumes(MediaType.WILDCARD)
    public Response restart(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(json(jobs.restart(id))).build();
    }

    static JsonObject json(JobView j) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", j.name()).add("schedule", j.schedule()).add("running", j.running());
        add(b, "nextRun", j.nextRun());
        if (j.leaseHolder() != null) {
            b.add("leaseHolder", j.leaseHolder());
            add(b, "leasedUntil", j.leasedUntil());
        }
        if (j.last() != null) {
            b.add("lastExecution", json(j.last()));
        }
        return b.build();
    }

    static JsonObject json(JobExecutionView e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", e.id()).add("job", e.job()).add("instanceId", e.instanceId())
                .add("status", e.status()).add("running", e.running()).add("stoppable", e.stoppable()).add("restartable", e.restartable())
                .add("read", e.read()).add("written", e.written()).add("skipped", e.skipped());
        if (e.exitStatus() != null) {
            b.add("exitStatus", e.exitStatus());
        }
        add(b, "createdAt", e.createdAt());
        add(b, "startedAt", e.startedAt());
        add(b, "endedAt", e.endedAt());
        if (e.total() != null) {
            b.add("total", e.total()).add("done", e.done() == null ? 0 : e.done()).add("percent", e.percent());
        }
        JsonObjectBuilder p = Json.createObjectBuilder();
        e.parameters().forEach(p::add);
        return b.add("parameters", p).build();
    }

    private static void add(JsonObjectBuilder b, String name, Instant at) {
        if (at != null) {
            b.add(name, at.toString());
        }
    }
}
