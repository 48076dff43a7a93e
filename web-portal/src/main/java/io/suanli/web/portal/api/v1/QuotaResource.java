package io.suanli.web.portal.api.v1;

import io.suanli.core.quota.application.QuotaService;
import io.suanli.core.quota.application.QuotaView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The caller's quotas (O3): {@code GET /api/v1/quotas} → {@code [{code, kind, subject?, nameZh, nameEn, defaultLimit, override?, limit, used}]}. */
@Path("/v1/quotas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotaResource {

    @Inject
    QuotaService quotas;

    @GET
    public JsonArray mine() {
        return json(quotas.mine());
    }

    static JsonArray json(List<QuotaView> list) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        list.forEach(q -> a.add(json(q)));
        return a.build();
    }

    static JsonObject json(QuotaView q) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", q.code()).add("kind", q.kind())
                .add("subject", q.subject() == null ? JsonValue.NULL : Json.createValue(q.subject()))
                .add("nameZh", q.nameZh()).add("nameEn", q.nameEn()).add("defaultLimit", q.defaultLimit())
                .add("limit", q.limit()).add("used", q.used());
        if (q.override() != null) {
            b.add("override", q.override());
        }
        return b.build();
    }
}
