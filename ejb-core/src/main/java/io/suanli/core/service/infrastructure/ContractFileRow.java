package io.suanli.core.service.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file of a contract (table {@code contract_file}): a PDF in identity's upload store; never changed. */
@Entity
@Table(name = "contract_file")
public class ContractFileRow {

    @Id
    private long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected ContractFileRow() {
    }

    public ContractFileRow(long id, long contractId, long fileId, String fileName, Instant at, String by) {
        this.id = id;
        this.contractId = contractId;
        this.fileId = fileId;
        this.fileName = fileName;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public long contractId() { return contractId; }
    public long fileId() { return fileId; }
    public String fileName() { return fileName; }
    public Instant uploadedAt() { return uploadedAt; }
    public String uploadedBy() { return uploadedBy; }
}
