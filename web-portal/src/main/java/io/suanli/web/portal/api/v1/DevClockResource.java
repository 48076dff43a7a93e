package io.suanli.web.portal.api.v1;

import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.DevClockService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code GET|PUT /api/v1/dev/clock} ({@code {now}}): the movable business clock of the dev profile, for
 * SYS_ADMIN. {@code {"now": null}} puts the clock back to real time. Answers 404 outside the dev profile.
 */
@Path("/v1/dev/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevClockResource {

    @Inject
    DevClockService clock;

    @Inject
    PlatformConfig config;

    @GET
    public JsonObject now() {
        requireDev();
        return body(clock.now());
    }

    @PUT
    public JsonObject set(JsonObject body) {
        requireDev();
        String now = JsonBodies.string(JsonBodies.require(body), "now", false);
        Instant instant;
        try {
            instant = now == null ? null : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new SuanliException("validation.instant");
        }
        return body(clock.set(instant));
    }

    /** Outside the dev profile the endpoint does not exist, whoever asks. */
    private void requireDev() {
        if (!config.isDev()) {
            throw new NotFoundException("request.notFound");
        }
    }

    private static JsonObject body(Instant now) {
        return Json.createObjectBuilder().add("now", now.toString()).build();
    }
}
