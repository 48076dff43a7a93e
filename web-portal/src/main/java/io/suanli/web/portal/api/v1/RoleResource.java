package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.FunctionGrants;
import io.suanli.core.identity.application.RoleService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Roles and permissions (S1): {@code GET /api/v1/system/roles} → {@code [{function, area, menu, action,
 * grants{role: bool}}]}; {@code PUT /api/v1/system/roles/{role}/functions {functions[]}} sets exactly what the role
 * may do and answers {@code {role, functions[]}}.
 */
@Path("/v1/system/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleResource {

    @Inject
    RoleService roles;

    @GET
    public JsonArray matrix() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (FunctionGrants f : roles.matrix()) {
            JsonObjectBuilder g = Json.createObjectBuilder();
            f.granted().forEach(g::add);
            a.add(Json.createObjectBuilder().add("function", f.code()).add("area", f.area()).add("menu", f.menu())
                    .add("action", f.action()).add("grants", g));
        }
        return a.build();
    }

    @PUT
    @Path("/{role}/functions")
    public JsonObject setGrants(@PathParam("role") String role, JsonObject body) {
        roles.setGrants(role, JsonBodies.strings(JsonBodies.require(body), "functions"));
        JsonArrayBuilder granted = Json.createArrayBuilder();
        roles.matrix().stream().filter(f -> Boolean.TRUE.equals(f.granted().get(role))).forEach(f -> granted.add(f.code()));
        return Json.createObjectBuilder().add("role", role).add("functions", granted).build();
    }
}
