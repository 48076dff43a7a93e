package io.suanli.core.system.infrastructure;

import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.CloudAccountInput;
import io.suanli.core.system.application.CloudAccountService;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.simulator.HcsoSimulator;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dev profile's cloud: starts the local HCSO simulator (ModelArts pools that become ready after a few seconds,
 * Cloud Eye series, an OBS bucket with sample SDR files) and keeps the cloud account {@code hcso-sim} pointing at it,
 * so that accepted orders of the demo dedicated pools are opened automatically on a laptop with no cloud.
 * Never in production.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class HcsoSimulatorStartup {

    /** The code of the simulator's cloud account (the demo resource types point at it). */
    public static final String ACCOUNT = "hcso-sim";

    private static final Logger LOG = Logger.getLogger(HcsoSimulatorStartup.class.getName());

    @Inject
    RealTime time;

    @Inject
    PlatformConfig platform;

    @Inject
    CloudAccountService accounts;

    @Inject
    @ConfigProperty(name = "suanli.hcso.simulator", defaultValue = "true")
    boolean wanted;

    @Inject
    @ConfigProperty(name = "suanli.hcso.simulator.port", defaultValue = "8089")
    int port;

    @Inject
    @ConfigProperty(name = "suanli.hcso.simulator.ready-seconds", defaultValue = "5")
    int readySeconds;

    private HcsoSimulator simulator;

    @PostConstruct
    void start() {
        if (!platform.isDev() || !wanted) {
            return;
        }
        try {
            simulator = new HcsoSimulator(port, Duration.ofSeconds(readySeconds), time.clock()).start();
            CloudAccount a = simulator.account();
            accounts.register(ACCOUNT, new CloudAccountInput("HCSO 模拟器", a.accessKey(), a.secretKey(), a.projectId(), a.region(),
                    a.iamEndpoint().toString(), a.modelArtsEndpoint().toString(), a.obsEndpoint().toString(), a.cesEndpoint().toString(), true));
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "HCSO simulator not started on port " + port + "; orders are back-filled by hand", e);
        }
    }

    @PreDestroy
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
