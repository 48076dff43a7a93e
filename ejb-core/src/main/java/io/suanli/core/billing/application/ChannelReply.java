package io.suanli.core.billing.application;

/** What to answer a payment channel's notification: its own status, content type and body (success or "send again"). */
public record ChannelReply(int status, String contentType, String body) {
}
