package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of cloud resource the platform sells (ModelArts shared or dedicated pool, OBS, HPC, …), mapped to the
 * HCSO service type and resource type codes that usage records (SDR) carry.
 */
@Entity
@Table(name = "resource_type")
public class ResourceType {

    @Id
    private long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "hcso_service_type", nullable = false)
    private String hcsoServiceType;

    @Column(name = "hcso_resource_type", nullable = false)
    private String hcsoResourceType;

    @Version
    private long version;

    protected ResourceType() {
    }

    public ResourceType(long id, String code) {
        this.id = id;
        this.code = code;
    }

    public void describe(String nameZh, String nameEn, String hcsoServiceType, String hcsoResourceType) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.hcsoServiceType = hcsoServiceType;
        this.hcsoResourceType = hcsoResourceType;
    }

    public long id() { return id; }
    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String hcsoServiceType() { return hcsoServiceType; }
    public String hcsoResourceType() { return hcsoResourceType; }
}
