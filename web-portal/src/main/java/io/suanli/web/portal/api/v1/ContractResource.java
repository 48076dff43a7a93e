package io.suanli.web.portal.api.v1;

import io.suanli.core.service.application.ContractService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A customer's contracts (我的合同, SPEC §11): {@code GET /api/v1/contracts}, {@code GET /api/v1/contracts/{id}},
 * {@code GET …/{id}/files/{fileId}} (its PDF; the customer's administrator); another customer's is not found.
 */
@Path("/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    public Response mine(@QueryParam("first") int first, @QueryParam("max") Integer max) {
        return OpsContractResource.page(contracts.mine(first, max == null ? 50 : Math.min(max, 500)));
    }

    @GET
    @Path("/{id}/files/{fileId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return OpsContractResource.download(contracts.myFile(JsonBodies.id(id, "id"), JsonBodies.id(fileId, "fileId")));
    }

    @GET
    @Path("/{id}")
    public JsonObject one(@PathParam("id") String id) {
        return OpsContractResource.contract(contracts.mine(JsonBodies.id(id, "id")));
    }
}
