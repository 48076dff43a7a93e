package io.suanli.web.portal.api.v1;

import io.suanli.core.system.application.MessageService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;

/**
 * Where Huawei Cloud SMS posts delivery reports: {@code POST /api/v1/sms/delivery-reports/{key}}, the URL configured as
 * {@code SUANLI_SMS_STATUS_CALLBACK}. No login: the reports are not signed, so the secret last segment of the URL is
 * the authentication; any other key is "not found". The delivery log then shows the message delivered or failed.
 */
@Path("/v1/sms/delivery-reports")
public class SmsReportResource {

    @Inject
    MessageService messages;

    @POST
    @Path("/{key}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    public Response report(@PathParam("key") String key, byte[] body) {
        if (!messages.deliveryReport(key, new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8))) {
            throw new NotFoundException();
        }
        return Response.ok().build();
    }
}
