package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.ResourceMonitoringService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Any resource's utilisation for operations staff who may view orders: {@code GET /api/v1/ops/resources/{id}/metrics?period=}
 * → as {@code /api/v1/resources/{id}/metrics}.
 */
@Path("/v1/ops/resources")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResourceResource {

    @Inject
    ResourceMonitoringService monitoring;

    @GET
    @Path("/{id}/metrics")
    public Response metrics(@PathParam("id") String id, @QueryParam("period") String period,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ResourceResource.metricsResponse(monitoring.metricsForOperations(ResourceResource.id(id), period), language);
    }
}
