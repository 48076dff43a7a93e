package io.suanli.web.portal.api.v1;

import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.OnboardedCustomer;
import io.suanli.core.identity.application.RegistrationService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/ops/customers {type: ENTERPRISE|PERSONAL, name, mobile, email, password}} → {@code {customerId,
 * username}}: operations or sales onboard a customer they verified offline; {@code PUT …/{id}/region {provinceCode,
 * cityCode?}} sets where it is (REGION discounts).
 */
@Path("/v1/ops/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsCustomerResource {

    @Inject
    RegistrationService registrations;

    @Inject
    CustomerDirectory customers;

    @POST
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CUSTOMER_ONBOARD)
    public Response onboard(JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        OnboardedCustomer c = registrations.onboard(JsonBodies.string(b, "type", true), JsonBodies.string(b, "name", true),
                JsonBodies.string(b, "mobile", true), JsonBodies.string(b, "email", true), JsonBodies.string(b, "password", true).toCharArray(),
                JsonBodies.string(b, "inviteCode", false));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("customerId", String.valueOf(c.customerId())).add("username", c.username()).build()).build();
    }

    /** Sets where the customer is, for REGION discounts: {@code {provinceCode, cityCode?}} (GB/T 2260 codes). */
    @PUT
    @Path("/{id}/region")
    @io.suanli.web.portal.api.ApiFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CUSTOMER_EDIT)
    public JsonObject region(@PathParam("id") String id, JsonObject body) {
        JsonObject b = JsonBodies.require(body);
        long customerId = JsonBodies.id(id, "id");
        CustomerDirectory.Location r = customers.locate(customerId, JsonBodies.string(b, "provinceCode", true), JsonBodies.string(b, "cityCode", false));
        var out = Json.createObjectBuilder().add("customerId", String.valueOf(customerId)).add("provinceCode", r.provinceCode());
        return (r.cityCode() == null ? out.addNull("cityCode") : out.add("cityCode", r.cityCode())).build();
    }
}
