package io.suanli.core.system.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import io.suanli.core.system.domain.CloudAccountRow;
import io.suanli.integration.hcso.CloudAccount;
import io.suanli.integration.hcso.ConnectionCheck;
import io.suanli.integration.hcso.HcsoConnector;
import io.suanli.integration.hcso.HcsoSettings;
import io.suanli.integration.hcso.sdk.SdkHcsoConnector;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.net.URI;
import java.util.List;

/**
 * Cloud accounts (S5): HCSO / Huawei Cloud accounts with their endpoints; the secret key is encrypted at rest and never
 * shown again; "test connection" really calls the account. The provisioning work gets a connector for an account
 * here.
 */
@Stateless
public class CloudAccountService {

    private static final String SK_FIELD = "cloud_account.secret_key";

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_CLOUD_MANAGE)
    public List<CloudAccountView> list() {
        return em.createQuery("select a from CloudAccountRow a order by a.code", CloudAccountRow.class).getResultList().stream()
                .map(CloudAccountService::view).toList();
    }

    /** Creates or changes an account; a blank secret key keeps the stored one (required for a new account). */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_CLOUD_MANAGE)
    @Audited("CLOUD_ACCOUNT_SAVE")
    public CloudAccountView save(String code, CloudAccountInput in) {
        return view(store(Validation.code(code, 40, "cloud.code"), in, ctx.getCallerPrincipal().getName()));
    }

    /** Calls the account (a cheap list on ModelArts and Cloud Eye) and answers whether it works, or why not. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_CLOUD_MANAGE)
    @Audited("CLOUD_ACCOUNT_TEST")
    public ConnectionTest test(String code) {
        ConnectionCheck c = connector(code).testConnection();
        return new ConnectionTest(c.ok(), c.code() == null ? null : c.code().name(), c.reason());
    }

    /** Whether an enabled account of that code exists (acceptance asks before handing an order to provisioning). */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.SYS_ADMIN})
    @NoFunction("platform: connectors for provisioning, metrics, the SDR inbox and the dev simulator account, inside use cases that check their function")
    public boolean usable(String code) {
        CloudAccountRow a = code == null ? null : em.find(CloudAccountRow.class, code);
        return a != null && a.enabled();
    }

    /** Seconds between two status queries while a pool is being made or resized (production: 15). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "suanli.hcso.poll-seconds", defaultValue = "15")
    int pollSeconds;

    /** A connector of the account, for provisioning, release and monitoring. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: connectors for provisioning, metrics, the SDR inbox and the dev simulator account, inside use cases that check their function")
    public HcsoConnector connector(String code) {
        CloudAccountRow a = code == null ? null : em.find(CloudAccountRow.class, code);
        if (a == null) {
            throw new NotFoundException("cloud.notFound", String.valueOf(code));
        }
        if (!a.enabled()) {
            throw new SuanliException("cloud.disabled", code);
        }
        return new SdkHcsoConnector(new CloudAccount(a.name(), a.accessKey(), cipher.decrypt(SK_FIELD, a.secretKeyEnc()), a.projectId(),
                a.region(), URI.create(a.iamEndpoint()), URI.create(a.modelArtsEndpoint()), URI.create(a.obsEndpoint()),
                URI.create(a.cesEndpoint())), HcsoSettings.defaults().withPolling(java.time.Duration.ofSeconds(pollSeconds),
                HcsoSettings.defaults().readyTimeout()));
    }

    /** An object of a bucket: its key and size in bytes. */
    public record BucketObject(String key, long size) {
    }

    /** The objects of a bucket under a prefix, through the account (the SDR inbox's OBS scan). */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: the SDR inbox's OBS scan")
    public java.util.List<BucketObject> objects(String account, String bucket, String prefix) {
        return connector(account).listObjects(bucket, prefix).stream().map(o -> new BucketObject(o.key(), o.size())).toList();
    }

    /** Copies an object of a bucket into {@code target}; answers the bytes copied. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: the SDR inbox's OBS scan")
    public long download(String account, String bucket, String key, java.io.OutputStream target) {
        return connector(account).download(bucket, key, target);
    }

    /** Keeps an account as given (the dev profile's simulator account at start; {@link #save} for administrators). */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("platform: connectors for provisioning, metrics, the SDR inbox and the dev simulator account, inside use cases that check their function")
    public CloudAccountView register(String code, CloudAccountInput in) {
        return view(store(code, in, "system"));
    }

    private CloudAccountRow store(String code, CloudAccountInput in, String by) {
        CloudAccountRow a = em.find(CloudAccountRow.class, code);
        boolean created = a == null;
        if (created) {
            a = new CloudAccountRow(code);
        }
        a.describe(Validation.requiredText(in.name(), 100, "cloud.name"), Validation.requiredText(in.accessKey(), 128, "cloud.accessKey"),
                Validation.requiredText(in.projectId(), 64, "cloud.projectId"), Validation.requiredText(in.region(), 64, "cloud.region"),
                endpoint(in.iamEndpoint(), "cloud.iamEndpoint"), endpoint(in.modelArtsEndpoint(), "cloud.modelArtsEndpoint"),
                endpoint(in.obsEndpoint(), "cloud.obsEndpoint"), endpoint(in.cesEndpoint(), "cloud.cesEndpoint"), in.enabled(), clock.now(), by);
        if (in.secretKey() != null && !in.secretKey().isBlank()) {
            a.secretKey(cipher.encrypt(SK_FIELD, Validation.requiredText(in.secretKey(), 256, "cloud.secretKey")));
        } else if (created) {
            throw new SuanliException("validation.required", "cloud.secretKey");
        }
        if (created) {
            em.persist(a);
        }
        return a;
    }

    private static String endpoint(String url, String field) {
        String u = Validation.requiredText(url, 300, field);
        try {
            URI uri = URI.create(u.trim());
            if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new SuanliException("cloud.endpointInvalid", u);
            }
            return uri.toString().replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            throw new SuanliException("cloud.endpointInvalid", u);
        }
    }

    private static CloudAccountView view(CloudAccountRow a) {
        String ak = a.accessKey();
        return new CloudAccountView(a.code(), a.name(), ak.length() <= 4 ? "****" : ak.substring(0, 4) + "****", a.projectId(), a.region(),
                a.iamEndpoint(), a.modelArtsEndpoint(), a.obsEndpoint(), a.cesEndpoint(), a.enabled(), a.updatedAt(), a.updatedBy());
    }
}
