package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.DepartmentView;
import io.suanli.core.identity.application.StaffService;
import io.suanli.core.identity.application.StaffView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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

/**
 * Organization and staff (S1), system administrators only: {@code GET|POST /api/v1/system/departments},
 * {@code GET /api/v1/system/staff?departmentId=}, {@code POST /api/v1/system/staff {username, displayName, role,
 * departmentId?, password}}, {@code POST /api/v1/system/staff/{id}/disable|enable|reset-second-factor}.
 */
@Path("/v1/system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffService staff;

    @GET
    @Path("/departments")
    public JsonArray departments() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (DepartmentView d : staff.departments()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(d.id())).add("name", d.name()).add("staff", d.staff());
            if (d.parentId() != null) {
                b.add("parentId", String.valueOf(d.parentId()));
            }
            a.add(b);
        }
        return a.build();
    }

    @POST
    @Path("/departments")
    public Response createDepartment(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        String parent = JsonBodies.string(b, "parentId", false);
        DepartmentView d = staff.createDepartment(parent == null ? null : JsonBodies.id(parent, "parentId"), JsonBodies.string(b, "name", true));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("id", String.valueOf(d.id())).build()).build();
    }

    @GET
    @Path("/staff")
    public JsonArray list(@QueryParam("departmentId") Long departmentId) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        staff.staff(departmentId).forEach(s -> a.add(json(s)));
        return a.build();
    }

    @POST
    @Path("/staff")
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        String dept = JsonBodies.string(b, "departmentId", false);
        StaffView s = staff.createStaff(JsonBodies.string(b, "username", true), JsonBodies.string(b, "displayName", false),
                JsonBodies.string(b, "role", true), dept == null ? null : JsonBodies.id(dept, "departmentId"),
                JsonBodies.string(b, "password", true).toCharArray());
        return Response.status(Response.Status.CREATED).entity(json(s)).build();
    }

    @POST
    @Path("/staff/{id}/{action: disable|enable|reset-second-factor}")
    public Response act(@PathParam("id") long id, @PathParam("action") String action) {
        switch (action) {
            case "disable" -> staff.disable(id);
            case "enable" -> staff.enable(id);
            default -> staff.resetSecondFactor(id);
        }
        return Response.noContent().build();
    }

    static JsonObject json(StaffView s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", String.valueOf(s.id())).add("username", s.username())
                .add("displayName", s.displayName()).add("roles", Json.createArrayBuilder(s.roles())).add("status", s.status())
                .add("secondFactor", s.secondFactor());
        if (s.departmentId() != null) {
            b.add("departmentId", String.valueOf(s.departmentId()));
        }
        if (s.departmentName() != null) {
            b.add("department", s.departmentName());
        }
        return b.build();
    }
}
