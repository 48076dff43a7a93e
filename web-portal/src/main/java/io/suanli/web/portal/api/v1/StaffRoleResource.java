package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.RoleService;
import io.suanli.core.identity.application.StaffRoleView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Staff roles (S1): {@code GET /api/v1/system/staff-roles} → {@code [{code, builtIn, baseRole, name, nameEn,
 * members}]}; {@code POST /api/v1/system/staff-roles {code, name, nameEn, baseRole}} defines a custom role (201; it
 * may use nothing until {@code PUT /api/v1/system/roles/{code}/functions} grants it functions);
 * {@code DELETE /api/v1/system/staff-roles/{code}} removes one nobody holds (204).
 */
@Path("/v1/system/staff-roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffRoleResource {

    @Inject
    RoleService roles;

    @GET
    public JsonArray list() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        roles.roles().forEach(r -> a.add(json(r)));
        return a.build();
    }

    @POST
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        StaffRoleView r = roles.createRole(JsonBodies.string(b, "code", true), JsonBodies.string(b, "name", true),
                JsonBodies.string(b, "nameEn", false), JsonBodies.string(b, "baseRole", true));
        return Response.status(Response.Status.CREATED).entity(json(r)).build();
    }

    @DELETE
    @Path("/{code}")
    public Response delete(@PathParam("code") String code) {
        roles.deleteRole(code);
        return Response.noContent().build();
    }

    static JsonObject json(StaffRoleView r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("code", r.code()).add("builtIn", r.builtIn()).add("baseRole", r.baseRole())
                .add("members", r.members());
        if (!r.builtIn()) {
            o.add("name", r.nameZh()).add("nameEn", r.nameEn());
        }
        return o.build();
    }
}
