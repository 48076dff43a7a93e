package io.suanli.web.portal.api.v1;

import io.suanli.core.system.application.CloudAccountInput;
import io.suanli.core.system.application.CloudAccountService;
import io.suanli.core.system.application.CloudAccountView;
import io.suanli.core.system.application.ConnectionTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Cloud accounts (S5), system administrators: {@code GET /api/v1/system/cloud-accounts} (access key masked, secret key
 * never); {@code PUT …/{code} {name, accessKey, secretKey?, projectId, region, iamEndpoint, modelArtsEndpoint,
 * obsEndpoint, cesEndpoint, enabled}} (a blank secret key keeps the stored one); {@code POST …/{code}/test} →
 * {@code {ok, code?, reason}} after really calling the account.
 */
@Path("/v1/system/cloud-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class SystemCloudAccountResource {

    @Inject
    CloudAccountService accounts;

    @GET
    public JsonArray list() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        accounts.list().forEach(v -> a.add(json(v)));
        return a.build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject save(@PathParam("code") String code, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        return json(accounts.save(code, new CloudAccountInput(JsonBodies.string(b, "name", true), JsonBodies.string(b, "accessKey", true),
                JsonBodies.string(b, "secretKey", false), JsonBodies.string(b, "projectId", true), JsonBodies.string(b, "region", true),
                JsonBodies.string(b, "iamEndpoint", true), JsonBodies.string(b, "modelArtsEndpoint", true), JsonBodies.string(b, "obsEndpoint", true),
                JsonBodies.string(b, "cesEndpoint", true), !b.containsKey("enabled") || b.getBoolean("enabled", true))));
    }

    @POST
    @Path("/{code}/test")
    @Consumes(MediaType.WILDCARD)
    public JsonObject test(@PathParam("code") String code) {
        ConnectionTest c = accounts.test(code);
        JsonObjectBuilder b = Json.createObjectBuilder().add("ok", c.ok()).add("reason", String.valueOf(c.reason()));
        if (c.code() != null) {
            b.add("code", c.code());
        }
        return b.build();
    }

    static JsonObject json(CloudAccountView v) {
        return Json.createObjectBuilder().add("code", v.code()).add("name", v.name()).add("accessKey", v.accessKeyMasked())
                .add("projectId", v.projectId()).add("region", v.region()).add("iamEndpoint", v.iamEndpoint())
                .add("modelArtsEndpoint", v.modelArtsEndpoint()).add("obsEndpoint", v.obsEndpoint()).add("cesEndpoint", v.cesEndpoint())
                .add("enabled", v.enabled()).add("updatedAt", v.updatedAt().toString()).add("updatedBy", v.updatedBy()).build();
    }
}
