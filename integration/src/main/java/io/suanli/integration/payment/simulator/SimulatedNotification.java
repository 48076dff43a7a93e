package io.suanli.integration.payment.simulator;

import java.util.Map;

/** A notification as the simulator posts it: the HTTP headers and the JSON body. */
public record SimulatedNotification(Map<String, String> headers, String body) {

    public SimulatedNotification {
        headers = Map.copyOf(headers);
    }
}
