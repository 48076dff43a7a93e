package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.SubUserService;
import io.suanli.core.identity.application.SubUserView;
import io.suanli.core.identity.domain.Permission;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumSet;
import java.util.Set;

/**
 * Sub-users of the caller's customer (U2): {@code GET /api/v1/sub-users}, {@code POST /api/v1/sub-users
 * {username, displayName, password, permissions[]}}, {@code PUT /api/v1/sub-users/{id}/permissions {permissions[]}},
 * {@code POST /api/v1/sub-users/{id}/disable|enable}.
 */
@Path("/v1/sub-users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubUserResource {

    @Inject
    SubUserService subUsers;

    @GET
    public JsonArray list() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        subUsers.list().forEach(u -> a.add(json(u)));
        return a.build();
    }

    @POST
    public Response create(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        SubUserView u = subUsers.create(JsonBodies.string(b, "username", true), JsonBodies.string(b, "displayName", false),
                JsonBodies.string(b, "password", true).toCharArray(), permissions(b));
        return Response.status(Response.Status.CREATED).entity(json(u)).build();
    }

    @PUT
    @Path("/{id}/permissions")
    public JsonObject permissions(@PathParam("id") long id, JsonObject body) {
        return json(subUsers.setPermissions(id, permissions(JsonBodies.require(body))));
    }

    @POST
    @Path("/{id}/disable")
    public JsonObject disable(@PathParam("id") long id) {
        return json(subUsers.disable(id));
    }

    @POST
    @Path("/{id}/enable")
    public JsonObject enable(@PathParam("id") long id) {
        return json(subUsers.enable(id));
    }

    static Set<Permission> permissions(JsonObject b) {
        Set<Permission> set = EnumSet.noneOf(Permission.class);
        JsonValue v = b.get("permissions");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return set;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new SuanliException("request.malformed", "permissions must be an array");
        }
        for (JsonValue p : v.asJsonArray()) {
            try {
                set.add(Permission.valueOf(((JsonString) p).getString()));
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new SuanliException("request.malformed", "unknown permission " + p);
            }
        }
        return set;
    }

    static JsonObject json(SubUserView u) {
        return Json.createObjectBuilder().add("id", String.valueOf(u.id())).add("username", u.username())
                .add("displayName", u.displayName()).add("admin", u.admin()).add("status", u.status())
                .add("permissions", Json.createArrayBuilder(u.permissions())).add("createdAt", u.createdAt().toString()).build();
    }
}
