package io.suanli.web.portal.api.v1;

import io.suanli.core.quota.application.QuotaService;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** A customer's quotas for operations (O3): {@code GET /api/v1/ops/customers/{id}/quotas}, {@code PUT …/{code} {limit|null}} (null removes the override). */
@Path("/v1/ops/customers/{id}/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsQuotaResource {

    @Inject
    QuotaService quotas;

    @GET
    public JsonArray ofCustomer(@PathParam("id") long customerId) {
        return QuotaResource.json(quotas.customerQuotas(customerId));
    }

    @PUT
    @Path("/{code}")
    public JsonObject override(@PathParam("id") long customerId, @PathParam("code") String code, JsonObject body) {
        return QuotaResource.json(quotas.setOverride(customerId, code, JsonBodies.integer(JsonBodies.require(body), "limit", false)));
    }
}
