package io.suanli.core.shared.application;

import io.suanli.core.shared.domain.SuanliException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localizes the message keys of business errors from the {@code errors} bundle (Simplified Chinese by default). */
public final class Messages {

    private static final String BUNDLE = "io.suanli.core.shared.errors";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale effective = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // a field name in the arguments is shown by its label, e.g. product.nameZh → 中文名称
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String s && bundle.containsKey("field." + s) ? bundle.getString("field." + s) : args[i];
        }
        return new MessageFormat(pattern, effective).format(shown);
    }

    public static String of(Locale locale, SuanliException e) {
        return get(locale, e.key(), e.args());
    }

    /** Chinese unless the locale asks for English. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
