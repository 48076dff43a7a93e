package io.suanli.core.billing.application;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The bill run's settings from MicroProfile Config ({@code suanli.billrun.*}; see the README's configuration table). */
final class BillRunSettings {

    private BillRunSettings() {
    }

    /** Partitions (threads) of a run: {@code suanli.billrun.partitions}, default 4, 1–16. */
    static int partitions() {
        return Math.max(1, Math.min(16, ConfigProvider.getConfig().getOptionalValue("suanli.billrun.partitions", Integer.class).orElse(4)));
    }

    /** Customers per chunk (one transaction, one checkpoint): {@code suanli.billrun.chunk}, default 200, 1–5000. */
    static int chunk() {
        return Math.max(1, Math.min(5000, ConfigProvider.getConfig().getOptionalValue("suanli.billrun.chunk", Integer.class).orElse(200)));
    }

    /** Channels of the "bill ready" message: {@code suanli.billrun.notify}, default {@code INAPP,SMS,EMAIL}; {@code NONE} sends none. */
    static Set<String> channels() {
        String v = ConfigProvider.getConfig().getOptionalValue("suanli.billrun.notify", String.class).orElse("INAPP,SMS,EMAIL");
        return Arrays.stream(v.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
