package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the audit chain: the last sealed sequence number and hash (one row, locked while sealing). */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    /** Seals the record as the next link. */
    public void append(AuditEvent event) {
        event.seal(lastSeq + 1, lastHash);
        lastSeq = event.seq();
        lastHash = event.hash();
    }
}
