package io.suanli.core.ordering.infrastructure;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProvisioningTarget;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.CloudAccountService;
import io.suanli.integration.hcso.HcsoConnector;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.MetricPoint;
import io.suanli.integration.hcso.MetricQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a resource's Cloud Eye series for the monitoring service (U7): finds the cloud account that serves the
 * resource — the one that opened it (its extra information names it), else the one its product's resource type names —
 * and asks its connector. Runs as the platform because the cloud accounts are system data; the caller's right to see the
 * resource was checked before (its own resource, or operations staff). Not a use case of its own: nothing else calls it.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class CloudMetricsReader {

    private static final Logger LOG = Logger.getLogger(CloudMetricsReader.class.getName());

    @Inject
    CloudAccountService accounts;

    @Inject
    CatalogService catalog;

    /** The cloud account monitoring a resource, or empty when none does (opened by hand for a product without one). */
    public Optional<String> accountOf(String productCode, String resourceExtra) {
        String opened = openedBy(resourceExtra);
        if (opened != null) {
            return Optional.of(opened);
        }
        return catalog.provisioning(productCode, null).map(ProvisioningTarget::cloudAccount);
    }

    /**
     * What the cloud answered: the series of each query in order, or why it could not be asked — a connector error
     * ({@code monitoring.cloud.<code>}) or the account gone or disabled — as a message key with its arguments.
     */
    public record Reading(List<List<MetricPoint>> series, String errorKey, List<String> errorArgs) {

        public boolean failed() {
            return errorKey != null;
        }
    }

    /**
     * The series of each query, in order, through one connector of the account; no transaction is held meanwhile.
     * Never throws for a cloud failure: the {@link Reading} says what went wrong.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Reading read(String account, List<MetricQuery> queries) {
        try {
            HcsoConnector cloud = accounts.connector(account);
            List<List<MetricPoint>> out = new ArrayList<>();
            for (MetricQuery q : queries) {
                out.add(cloud.metrics(q));
            }
            return new Reading(out, null, List.of());
        } catch (HcsoException e) {
            LOG.log(Level.WARNING, "metrics could not be read through cloud account " + account, e);
            return new Reading(List.of(), "monitoring.cloud." + e.code().name(), List.of(account));
        } catch (SuanliException e) {
            return new Reading(List.of(), e.key(), Arrays.stream(e.args()).map(String::valueOf).toList());
        }
    }

    static String openedBy(String extra) {
        if (extra == null || extra.isBlank()) {
            return null;
        }
        try {
            JsonObject o = Json.createReader(new StringReader(extra)).readObject();
            JsonValue v = o.get("cloudAccount");
            return v != null && v.getValueType() == JsonValue.ValueType.STRING && !o.getString("cloudAccount").isBlank()
                    ? o.getString("cloudAccount") : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
