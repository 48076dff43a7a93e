package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.AuthenticationService;
import io.suanli.core.identity.application.IssuedToken;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/v1/auth/token}: {@code {username, password, otp?}} → {@code {token, expiresIn}}. */
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthenticationService auth;

    @POST
    @Path("/token")
    public JsonObject token(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        String username = JsonBodies.string(b, "username", true);
        String password = JsonBodies.string(b, "password", true);
        String otp = JsonBodies.string(b, "otp", false);
        IssuedToken t = auth.issueToken(username, password.toCharArray(), otp);
        return Json.createObjectBuilder().add("token", t.token()).add("expiresIn", t.expiresIn()).build();
    }
}
