package io.suanli.core.system.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import io.suanli.core.system.domain.OemAsset;
import io.suanli.core.system.domain.Setting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Platform settings, OEM branding among them; changes take effect at once (no cache across requests). */
@Stateless
public class SettingsService {

    public static final String OEM_NAME_ZH = "oem.system-name.zh";
    public static final String OEM_NAME_EN = "oem.system-name.en";
    public static final String OEM_COPYRIGHT = "oem.copyright";
    public static final String OEM_LOGO = "oem.logo";

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @PermitAll
    public Optional<String> find(String key) {
        return Optional.ofNullable(em.find(Setting.class, key)).map(Setting::value);
    }

    /** Settings written by the platform itself (not by a person), e.g. generated keys. */
    @PermitAll
    public void putSystem(String key, String value) {
        put(key, value, "system");
    }

    /** A setting changed by the caller (who must be a system administrator); audited by the calling use case. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("a step of the calling use case (e.g. the security policy), which checks its function")
    public void putBy(String key, String value) {
        put(key, value, ctx.getCallerPrincipal().getName());
    }

    @PermitAll
    public OemSettings oem() {
        return new OemSettings(
                find(OEM_NAME_ZH).orElse("算力运营管理平台"),
                find(OEM_NAME_EN).orElse("Compute Operations Platform"),
                find(OEM_COPYRIGHT).orElse("© Suanli"),
                find(OEM_LOGO).orElse(""));
    }

    @RolesAllowed(Roles.SYS_ADMIN)
    @Audited("OEM_UPDATE")
    @RequiresFunction(StaffFunction.SYSTEM_OEM_EDIT)
    public OemSettings updateOem(String systemNameZh, String systemNameEn, String copyright) {
        String zh = Validation.requiredText(systemNameZh, 60, "oem.systemNameZh");
        String en = Validation.requiredText(systemNameEn, 60, "oem.systemNameEn");
        String line = Validation.requiredText(copyright, 200, "oem.copyright");
        String by = ctx.getCallerPrincipal().getName();
        put(OEM_NAME_ZH, zh, by);
        put(OEM_NAME_EN, en, by);
        put(OEM_COPYRIGHT, line, by);
        return oem();
    }

    /** Replaces the OEM logo: a PNG or JPEG (judged by its content) of at most 512 KB. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @Audited("OEM_LOGO_UPDATE")
    @RequiresFunction(StaffFunction.SYSTEM_OEM_EDIT)
    public void updateLogo(byte[] image) {
        if (image == null || image.length == 0) {
            throw new SuanliException("upload.empty");
        }
        if (image.length > 512 * 1024) {
            throw new SuanliException("oem.logoTooLarge");
        }
        String type = imageType(image);
        String by = ctx.getCallerPrincipal().getName();
        OemAsset logo = em.find(OemAsset.class, OemAsset.LOGO);
        if (logo == null) {
            em.persist(new OemAsset(OemAsset.LOGO, type, image, clock.now(), by));
        } else {
            logo.replace(type, image, clock.now(), by);
        }
        put(OEM_LOGO, "/oem/logo?v=" + clock.now().getEpochSecond(), by);
    }

    /** The OEM logo's type and bytes, for the portal's /oem/logo. */
    @PermitAll
    public Optional<Object[]> logo() {
        return Optional.ofNullable(em.find(OemAsset.class, OemAsset.LOGO)).map(a -> new Object[]{a.contentType(), a.content()});
    }

    private static String imageType(byte[] d) {
        if (d.length > 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        throw new SuanliException("oem.logoType");
    }

    private void put(String key, String value, String by) {
        Setting s = em.find(Setting.class, key);
        if (s == null) {
            em.persist(new Setting(key, value, clock.now(), by));
        } else {
            s.change(value, clock.now(), by);
        }
    }

}
