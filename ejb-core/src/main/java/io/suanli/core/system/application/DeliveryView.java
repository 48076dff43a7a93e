package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One entry of the delivery log, recipient masked; the content is revealed only on request (audited). */
public record DeliveryView(long id, Instant at, String channel, String templateCode, String recipientMasked, String subject,
                           String status, String providerRef, String error) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
