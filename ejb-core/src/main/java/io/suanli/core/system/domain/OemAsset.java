package io.suanli.core.system.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/** An OEM image (the logo), replaced at run time. */
@Entity
@Table(name = "oem_asset")
public class OemAsset {

    public static final String LOGO = "logo";

    @Id
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected OemAsset() {
    }

    public OemAsset(String name, String contentType, byte[] content, Instant at, String by) {
        this.name = name;
        replace(contentType, content, at, by);
    }

    public final void replace(String contentType, byte[] content, Instant at, String by) {
        this.contentType = contentType;
        this.content = content.clone();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String contentType() { return contentType; }
    public byte[] content() { return content.clone(); }
    public Instant updatedAt() { return updatedAt; }
}
