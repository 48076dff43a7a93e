package io.suanli.web.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI document of the public API at {@code /api/openapi}, generated from the resources at build time: YAML by
 * default, JSON for {@code ?format=JSON} or {@code Accept: application/json}. Any site may read it (a public
 * document), never with credentials: no cookie or token is needed and none is honoured.
 */
@Path("/openapi")
public class OpenApiResource {

    private static final byte[] JSON = read("openapi.json");
    private static final byte[] YAML = read("openapi.yaml");

    @GET
    @Operation(hidden = true)
    public Response document(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean json = format != null ? "JSON".equalsIgnoreCase(format) : accept != null && accept.contains("application/json");
        if (format != null && !json && !"YAML".equalsIgnoreCase(format)) {
            throw new BadRequestException();
        }
        return Response.ok(json ? JSON : YAML, json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .header("Access-Control-Allow-Origin", "*").header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                .header("Cache-Control", "public, max-age=300").build();
    }

    private static byte[] read(String name) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build did not generate " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
