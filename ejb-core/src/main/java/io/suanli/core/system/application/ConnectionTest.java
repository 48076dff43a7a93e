package io.suanli.core.system.application;

import java.io.Serializable;

/**
 * The answer of a cloud account's connectivity test (S5), as the consoles and the API show it.
 *
 * @param ok     whether every service checked answered as it should
 * @param code   the connector's stable failure code (e.g. {@code AUTH_FAILED}), null when ok
 * @param reason what failed, for the operator; "connected" when ok
 */
public record ConnectionTest(boolean ok, String code, String reason) implements Serializable {
}
