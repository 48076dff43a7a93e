package io.suanli.integration.hcso;

/**
 * The answer of a connectivity test of a cloud account (SPEC S5).
 *
 * @param ok     whether every service checked answered as it should
 * @param code   the failure code, null when ok
 * @param reason what failed, for the operator; "connected" when ok
 */
public record ConnectionCheck(boolean ok, HcsoErrorCode code, String reason) {

    public static ConnectionCheck success(String reason) {
        return new ConnectionCheck(true, null, reason);
    }

    public static ConnectionCheck failure(HcsoException e) {
        return new ConnectionCheck(false, e.code(), e.getMessage());
    }
}
