package io.suanli.web.portal.api.v1;

import io.suanli.core.ordering.application.ResourceMonitoringService;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.portal.api.ApiErrors;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The caller's resource monitoring overview (U9): {@code GET /api/v1/monitoring/overview?from=yyyy-MM-dd&to=yyyy-MM-dd}
 * (Beijing days, both included; default the month so far) → {@code {from, to, instances{STATUS: n}, totalInstances,
 * provisioning[{resourceId, productCode, orderNo, since, delayed}], spendVisible, accumulatedSpend, consumption[{productCode,
 * name, poolKind, charged, refunded, net}], consumptionByPoolKind{SHARED, DEDICATED, OTHER}, periodTotal}}; the money
 * fields only with the VIEW_BILLING permission.
 */
@Path("/v1/monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    ResourceMonitoringService monitoring;

    @GET
    @Path("/overview")
    public JsonObject overview(@QueryParam("from") String from, @QueryParam("to") String to,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return MonitoringJson.overview(monitoring.overview(date(from), date(to)), ApiErrors.locale(language));
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new SuanliException("monitoring.dateInvalid", s);
        }
    }
}
