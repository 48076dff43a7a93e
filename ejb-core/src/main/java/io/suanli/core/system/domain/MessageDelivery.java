package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One message sent (or tried): the delivery log and, in the dev profile, the outbox. Content is encrypted. A message
 * the provider accepted is {@code SENT}; the provider's delivery report may then make it {@code DELIVERED} or
 * {@code FAILED} (SENT → DELIVERED | FAILED; a repeated report of the same outcome changes nothing).
 */
@Entity
@Table(name = "message_delivery")
public class MessageDelivery {

    public enum Status { SENT, DELIVERED, FAILED }

    @Id
    private long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String channel;

    @Column(name = "template_code", nullable = false)
    private String templateCode;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "recipient_masked", nullable = false)
    private String recipientMasked;

    @Column(name = "recipient_enc", nullable = false)
    private String recipientEnc;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_enc", nullable = false)
    private String bodyEnc;

    @Column(nullable = false)
    private String status;

    @Column(name = "provider_ref")
    private String providerRef;

    private String error;

    @Column(name = "reported_at")
    private Instant reportedAt;

    protected MessageDelivery() {
    }

    public MessageDelivery(long id, Instant createdAt, MessageTemplate.Channel channel, String templateCode, Long userId,
                           String recipientMasked, String recipientEnc, String subject, String bodyEnc) {
        this.id = id;
        this.createdAt = createdAt;
        this.channel = channel.name();
        this.templateCode = templateCode;
        this.userId = userId;
        this.recipientMasked = recipientMasked;
        this.recipientEnc = recipientEnc;
        this.subject = subject;
        this.bodyEnc = bodyEnc;
        this.status = Status.SENT.name();
    }

    public void sent(String providerRef) {
        this.status = Status.SENT.name();
        this.providerRef = providerRef;
    }

    public void failed(String error) {
        this.status = Status.FAILED.name();
        this.error = error.length() > 500 ? error.substring(0, 500) : error;
    }

    /**
     * The provider refused the message or could not be asked: the error is the provider's name, what happened and
     * the provider's error code (if it answered one and the description does not already name it).
     */
    public void failed(String provider, String providerCode, String description) {
        String text = description == null || description.isBlank() ? "no description" : description;
        boolean named = providerCode == null || providerCode.isBlank() || text.contains(providerCode);
        failed(provider + ": " + text + (named ? "" : " [" + providerCode + "]"));
    }

    /** The provider reported that the phone received the message. */
    public void delivered(Instant at) {
        if (reportedAgain(Status.DELIVERED)) {
            return;
        }
        this.status = Status.DELIVERED.name();
        this.reportedAt = at;
    }

    /** The provider reported that the message will not arrive, with its status (e.g. {@code UNDELIV}). */
    public void undelivered(String providerStatus, Instant at) {
        if (reportedAgain(Status.FAILED)) {
            return;
        }
        failed("delivery report: " + providerStatus);
        this.reportedAt = at;
    }

    /** True for a repeat of the report already applied; an illegal transition is an {@link IllegalStateException}. */
    private boolean reportedAgain(Status outcome) {
        if (reportedAt != null && status.equals(outcome.name())) {
            return true;
        }
        if (!Status.SENT.name().equals(status) || providerRef == null) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", a report cannot make it " + outcome);
        }
        return false;
    }

    public long id() { return id; }
    public Instant createdAt() { return createdAt; }
    public String channel() { return channel; }
    public String templateCode() { return templateCode; }
    public String recipientMasked() { return recipientMasked; }
    public String bodyEnc() { return bodyEnc; }
    public String subject() { return subject; }
    public String status() { return status; }
    public String providerRef() { return providerRef; }
    public String error() { return error; }
    public Instant reportedAt() { return reportedAt; }
}
