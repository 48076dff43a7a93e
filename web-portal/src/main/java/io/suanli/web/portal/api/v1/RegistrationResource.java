package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.RegistrationForm;
import io.suanli.core.identity.application.RegistrationService;
import io.suanli.core.identity.application.VerificationCodeService;
import io.suanli.web.portal.api.ApiErrors;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Registration over the API (the portal's sign-up page does the same):
 * {@code POST /api/v1/registrations/sms-codes {mobile}} → 204;
 * {@code POST /api/v1/registrations {type, name, username, password, mobile, smsCode, email, inviteCode?, termsAccepted}}
 * → 201 {@code {username}}.
 */
@Path("/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registration;

    @Inject
    VerificationCodeService codes;

    @POST
    @Path("/sms-codes")
    public Response smsCode(JsonObject body) {
        codes.sendRegistrationCode(JsonBodies.string(JsonBodies.require(body), "mobile", true));
        return Response.noContent().build();
    }

    @POST
    public Response register(JsonObject body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        JsonObject b = JsonBodies.require(body);
        String password = JsonBodies.string(b, "password", true);
        String username = registration.register(new RegistrationForm(
                JsonBodies.string(b, "type", true), JsonBodies.string(b, "name", true), JsonBodies.string(b, "username", true),
                password.toCharArray(), JsonBodies.string(b, "mobile", true), JsonBodies.string(b, "smsCode", true),
                JsonBodies.string(b, "email", true), JsonBodies.string(b, "inviteCode", false),
                JsonBodies.string(b, "provinceCode", false), JsonBodies.string(b, "cityCode", false), b.get("termsAccepted") == JsonValue.TRUE, ApiErrors.locale(language)));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("username", username).build()).build();
    }
}
