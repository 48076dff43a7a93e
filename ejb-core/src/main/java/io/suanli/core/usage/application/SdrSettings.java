package io.suanli.core.usage.application;

import io.suanli.core.usage.domain.SdrFormat;
import io.suanli.core.usage.domain.SdrLimits;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SDR layout, limits and directories from MicroProfile Config ({@code suanli.sdr.*}; see docs/sdr-format.md). */
@ApplicationScoped
public class SdrSettings {

    private static final List<String> KEYS = List.of(SdrFormat.SEPARATOR, SdrFormat.FIELDS, SdrFormat.FILE_PATTERN,
            SdrFormat.ENCODING, SdrFormat.NORMAL_TYPE, SdrFormat.CORRECTION_TYPE, SdrLimits.MAX_QUANTITY_PER_HOUR,
            SdrLimits.CLOCK_SKEW, "suanli.sdr.error-ratio-threshold", "suanli.sdr.max-line-length", "suanli.sdr.errors-kept");

    public SdrFormat format() {
        return SdrFormat.fromSettings(settings());
    }

    public SdrLimits limits() {
        return SdrLimits.fromSettings(settings());
    }

    /** Where received files are kept: {@code suanli.sdr.store-dir}, by default under the server's data directory. */
    public Path storeDir() {
        return dir("suanli.sdr.store-dir", "sdr/files");
    }

    /** The directory the inbox poller takes files from: {@code suanli.sdr.inbox-dir}. */
    public Path inboxDir() {
        return dir("suanli.sdr.inbox-dir", "sdr/inbox");
    }

    /** Where SDR files are fetched from in OBS, or empty: account, bucket and key prefix. */
    public java.util.Optional<String[]> obsSource(boolean dev) {
        Config c = ConfigProvider.getConfig();
        String account = c.getOptionalValue("suanli.sdr.obs.account", String.class).orElse(dev ? "hcso-sim" : "");
        if (account.isBlank() || "off".equalsIgnoreCase(account)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new String[]{account.strip(),
                c.getOptionalValue("suanli.sdr.obs.bucket", String.class).orElse(dev ? "hcso-sdr" : "sdr"),
                c.getOptionalValue("suanli.sdr.obs.prefix", String.class).orElse("sdr/")});
    }

    private Path dir(String key, String under) {
        Config c = ConfigProvider.getConfig();
        return c.getOptionalValue(key, String.class).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "suanli", under));
    }

    private static Map<String, String> settings() {
        Config c = ConfigProvider.getConfig();
        Map<String, String> m = new HashMap<>();
        for (String k : KEYS) {
            c.getOptionalValue(k, String.class).ifPresent(v -> m.put(k, v));
        }
        return m;
    }
}
