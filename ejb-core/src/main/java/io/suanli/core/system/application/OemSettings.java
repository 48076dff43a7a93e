package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;

/** Branding shown by every page: system name (Chinese and English), copyright line, optional logo (data URL). */
public record OemSettings(String systemNameZh, String systemNameEn, String copyright, String logoDataUrl)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public String systemName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? systemNameEn : systemNameZh;
    }
}
