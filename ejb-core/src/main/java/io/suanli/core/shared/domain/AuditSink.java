package io.suanli.core.shared.domain;

/** Where audit records go; implemented by the system context. */
public interface AuditSink {

    /** Writes in the caller's transaction (the record is kept only if the change is). */
    void write(AuditRecord record);

    /** Writes in a transaction of its own (security events that must survive a rollback, e.g. a failed login). */
    void writeIndependently(AuditRecord record);
}
