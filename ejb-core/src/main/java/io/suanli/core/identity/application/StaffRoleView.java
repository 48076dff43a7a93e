package io.suanli.core.identity.application;

import java.io.Serializable;

/**
 * A staff role: built-in (its names come from the consoles' bundles; {@code nameZh}/{@code nameEn} are null) or
 * custom, with the built-in role it is based on and how many staff hold it.
 */
public record StaffRoleView(String code, String nameZh, String nameEn, String baseRole, boolean builtIn, long members)
        implements Serializable {

    /** The custom role's name in the language asked for (English or else Chinese); null for a built-in role. */
    public String name(java.util.Locale locale) {
        return builtIn ? null : "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
