package io.suanli.core.catalog.domain;

import java.util.Locale;

/** Picks the text of the user's language: English when asked and present, Chinese otherwise. */
public final class Texts {

    private Texts() {
    }

    public static String pick(Locale locale, String zh, String en) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
