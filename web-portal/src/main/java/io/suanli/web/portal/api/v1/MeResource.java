package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.MeService;
import io.suanli.core.identity.application.MeView;
import io.suanli.core.identity.application.RoleService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/me} → {@code {username, roles[], customerId?}}; staff also get their console {@code functions[]} (S1). */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MeService me;

    @Inject
    RoleService roles;

    @GET
    public JsonObject me() {
        MeView v = me.me();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("username", v.username())
                .add("displayName", v.displayName())
                .add("roles", Json.createArrayBuilder(v.roles()));
        if (v.customerId() != null) {
            b.add("customerId", String.valueOf(v.customerId()));
            b.add("customerAdmin", v.customerAdmin());
            b.add("permissions", Json.createArrayBuilder(v.permissions()));
        } else {
            b.add("functions", Json.createArrayBuilder(roles.myFunctions()));
        }
        return b.build();
    }
}
