package io.suanli.web.portal.view.common;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.ResourceBundle;

/** The page messages of the portal: a bundle text as information, a business error as an error, both localized. */
public final class PortalMessages {

    private PortalMessages() {
    }

    public static void info(Locale locale, String key) {
        String text = ResourceBundle.getBundle("io.suanli.web.portal.messages", locale).getString(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(Locale locale, SuanliException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(locale, e), null));
    }
}
