package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;

/** A name and how often it occurs, for the statistics of the audit log (S9). */
public record UsageCount(String name, long count) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
