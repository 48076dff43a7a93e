package io.suanli.web.portal.api.v1;

import io.suanli.core.quota.application.QuotaService;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** Platform quota defaults (S4): {@code GET /api/v1/system/quotas}, {@code PUT …/{code} {defaultLimit}}, {@code POST /api/v1/system/quotas {specCode, defaultLimit}} defines a spec's instance quota. */
@Path("/v1/system/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemQuotaResource {

    @Inject
    QuotaService quotas;

    @GET
    public JsonArray definitions() {
        return QuotaResource.json(quotas.definitions());
    }

    @PUT
    @Path("/{code}")
    public JsonObject setDefault(@PathParam("code") String code, JsonObject body) {
        return QuotaResource.json(quotas.setDefault(code, JsonBodies.integer(JsonBodies.require(body), "defaultLimit", true)));
    }

    @POST
    public JsonObject defineSpecQuota(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return QuotaResource.json(quotas.defineSpecQuota(JsonBodies.string(b, "specCode", true), JsonBodies.integer(b, "defaultLimit", true)));
    }
}
