package io.suanli.core.billing.infrastructure;

import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.Recharge;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.integration.payment.PaymentGateway;
import io.suanli.integration.payment.alipay.AlipayConfig;
import io.suanli.integration.payment.alipay.AlipayGateway;
import io.suanli.integration.payment.ecny.EcnyConfig;
import io.suanli.integration.payment.ecny.EcnyGateway;
import io.suanli.integration.payment.simulator.SimulatorConfig;
import io.suanli.integration.payment.simulator.SimulatorGateway;
import io.suanli.integration.payment.unionpay.UnionPayConfig;
import io.suanli.integration.payment.unionpay.UnionPayGateway;
import io.suanli.integration.payment.wechat.WechatPayConfig;
import io.suanli.integration.payment.wechat.WechatPayGateway;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The payment channels of this installation, built once from MicroProfile Config.
 * <p>
 * A channel is offered when its merchant account is configured ({@code suanli.payment.wechat.*},
 * {@code suanli.payment.alipay.*}, {@code suanli.payment.ecny.*}, {@code suanli.payment.unionpay.*}; keys as PEM text
 * or {@code file:/path}). In the dev profile (unless {@code suanli.payment.simulator=false}) every channel that is
 * not configured is served by the simulator, so the whole recharge path runs on one machine; never in production,
 * where anyone could "pay" through it. A channel whose
 * configuration is present but unusable is not offered, and the reason is logged at start.
 */
@ApplicationScoped
public class PaymentGateways {

    private static final Logger LOG = Logger.getLogger(PaymentGateways.class.getName());

    @Inject
    RealTime time;

    @Inject
    Config config;

    @Inject
    PlatformConfig platform;

    @Inject
    PlatformClock clock;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService executor;

    private final Map<Channel, PaymentGateway> gateways = new EnumMap<>(Channel.class);
    private SimulatorGateway simulator;

    @PostConstruct
    void start() {
        if (platform.isDev() && config.getOptionalValue("suanli.payment.simulator", Boolean.class).orElse(true)) {
            List<Duration> delays = config.getOptionalValue("suanli.payment.simulator.retry-seconds", String.class)
                    .map(s -> Arrays.stream(s.split(",")).map(String::trim).map(t -> Duration.ofSeconds(Long.parseLong(t))).toList())
                    .orElse(SimulatorConfig.REAL_CHANNEL_DELAYS);
            simulator = new SimulatorGateway(new SimulatorConfig(URI.create(platform.publicUrl()), delays, Duration.ofSeconds(10)),
                    platformClock(), executor);
        }
        for (Channel channel : Recharge.ONLINE) {
            try {
                Optional<PaymentGateway> real = configured(channel);
                real.or(() -> Optional.ofNullable(simulator)).ifPresent(g -> gateways.put(channel, g));
                LOG.info(() -> "payment channel " + channel + ": " + real.map(g -> "configured").orElse(simulator == null ? "not offered" : "simulated"));
            } catch (RuntimeException e) {
                LOG.severe("payment channel " + channel + " is configured but unusable, not offered: " + e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        if (simulator != null) {
            simulator.shutdown();
        }
    }

    /** The gateway of a channel, if this installation offers it. */
    public Optional<PaymentGateway> of(Channel channel) {
        return Optional.ofNullable(gateways.get(channel));
    }

    /** The channels offered, in their natural order. */
    public Set<Channel> offered() {
        return Collections.unmodifiableSet(gateways.keySet());
    }

    /** The simulator, when this installation simulates payments (dev profile, tests). */
    public Optional<SimulatorGateway> simulator() {
        return Optional.ofNullable(simulator);
    }

    /** Where a channel posts its notifications: {@code {public-url}/api/v1/payments/notify/{channel}}. */
    public URI notifyUrl(Channel channel) {
        return URI.create(platform.publicUrl().replaceAll("/+$", "") + "/api/v1/payments/notify/" + channel.name().toLowerCase(Locale.ROOT));
    }

    private Optional<PaymentGateway> configured(Channel channel) {
        String p = "suanli.payment." + channel.name().toLowerCase(Locale.ROOT) + ".";
        return switch (channel) {
            case WECHAT -> text(p + "mch-id").map(mchId -> {
                URI base = uri(p + "base-url", WechatPayConfig.PRODUCTION);
                WechatPayConfig c = text(p + "platform-certificate").isPresent()
                        ? WechatPayConfig.withPlatformCertificate(mchId, required(p + "app-id"), required(p + "serial-number"),
                        required(p + "private-key"), required(p + "api-v3-key"), required(p + "platform-certificate"), base)
                        : WechatPayConfig.withPlatformPublicKey(mchId, required(p + "app-id"), required(p + "serial-number"),
                        required(p + "private-key"), required(p + "api-v3-key"), required(p + "public-key-id"), required(p + "public-key"), base);
                return new WechatPayGateway(c, time.clock());
            });
            case ALIPAY -> text(p + "app-id").map(appId -> new AlipayGateway(new AlipayConfig(appId, required(p + "private-key"),
                    required(p + "public-key"), uri(p + "gateway-url", AlipayConfig.PRODUCTION))));
            case ECNY -> text(p + "merchant-id").map(id -> new EcnyGateway(new EcnyConfig(id, required(p + "private-key"),
                    required(p + "platform-key"), URI.create(required(p + "base-url")), null), time.clock()));
            case UNIONPAY -> text(p + "mer-id").map(id -> new UnionPayGateway(new UnionPayConfig(id, required(p + "cert-id"),
                    required(p + "private-key"), required(p + "public-key"), uri(p + "gateway-url", UnionPayConfig.PRODUCTION), null)));
            default -> Optional.empty();
        };
    }

    /** A configured value; {@code file:/path} reads the file (keys are better kept in files than in the environment). */
    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()).map(v -> {
            if (!v.startsWith("file:")) {
                return v;
            }
            try {
                return Files.readString(Path.of(v.substring(5)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(key + ": cannot read " + v.substring(5), e);
            }
        });
    }

    private String required(String key) {
        return text(key).orElseThrow(() -> new IllegalStateException(key + " is missing"));
    }

    private URI uri(String key, URI otherwise) {
        return text(key).map(URI::create).orElse(otherwise);
    }

    private Clock platformClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return PlatformClock.ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.now();
            }
        };
    }
}
