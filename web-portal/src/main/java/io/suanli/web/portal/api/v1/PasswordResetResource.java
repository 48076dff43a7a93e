package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.PasswordResetService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Forgotten passwords: {@code POST /api/v1/password-resets {username, channel: SMS|EMAIL}} → 202 (the same answer
 * whether or not the account exists); {@code POST /api/v1/password-resets/confirm {username, code, password}} or
 * {@code {token, password}} → 204.
 */
@Path("/v1/password-resets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResetService resets;

    @POST
    public Response start(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        resets.start(JsonBodies.string(b, "username", true), JsonBodies.string(b, "channel", false));
        return Response.accepted().build();
    }

    @POST
    @Path("/confirm")
    public Response confirm(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        char[] password = JsonBodies.string(b, "password", true).toCharArray();
        String token = JsonBodies.string(b, "token", false);
        if (token != null) {
            resets.resetWithToken(token, password);
        } else {
            resets.resetWithCode(JsonBodies.string(b, "username", true), JsonBodies.string(b, "code", true), password);
        }
        return Response.noContent().build();
    }
}
