package io.suanli.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file a customer uploaded (e.g. a business licence), stored outside the web root; served only to its owner and staff. */
@Entity
@Table(name = "uploaded_file")
public class UploadedFile {

    @Id
    private long id;

    @Column(name = "owner_customer_id", nullable = false)
    private long ownerCustomerId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_path", nullable = false)
    private String storagePath;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected UploadedFile() {
    }

    public UploadedFile(long id, long ownerCustomerId, String purpose, String fileName, String contentType, long sizeBytes,
                        String sha256, String storagePath, Instant uploadedAt, String uploadedBy) {
        this.id = id;
        this.ownerCustomerId = ownerCustomerId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storagePath = storagePath;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public long id() { return id; }
    public long ownerCustomerId() { return ownerCustomerId; }
    public String purpose() { return purpose; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public String storagePath() { return storagePath; }
}
