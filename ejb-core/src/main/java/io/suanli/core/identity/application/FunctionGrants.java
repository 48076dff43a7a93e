package io.suanli.core.identity.application;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of the permission matrix (S1): a console function and, for each staff role that can hold it, whether it
 * is granted now and whether that is the default.
 */
public record FunctionGrants(String code, String area, String menu, String action, Map<String, Boolean> granted,
                             Map<String, Boolean> defaults) implements Serializable {
}
