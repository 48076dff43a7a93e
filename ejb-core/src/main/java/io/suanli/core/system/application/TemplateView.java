package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;

/** A message template as the system console edits it. */
public record TemplateView(String code, String channel, String locale, String subject, String body) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
