package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A kind of cloud resource the platform sells (ModelArts shared or dedicated pool, OBS, HPC, …), mapped to the
 * HCSO service type and resource type codes that usage records (SDR) carry.
 */
@Entity
@Table(name = "resource_type")
public class ResourceType extends CatalogItem {

    @Column(name = "hcso_service_type", nullable = false)
    private String hcsoServiceType;

    @Column(name = "cloud_account")
    private String cloudAccount;

    @Column(name = "hcso_resource_type", nullable = false)
    private String hcsoResourceType;

    protected ResourceType() {
    }

    public ResourceType(long id, String code) {
        super(id, code);
    }

    public void describe(String nameZh, String nameEn, String hcsoServiceType, String hcsoResourceType) {
        name(nameZh, nameEn);
        this.hcsoServiceType = hcsoServiceType;
        this.hcsoResourceType = hcsoResourceType;
    }

    /** The cloud account that opens resources of this type automatically; null: operations back-fill by hand. */
    public void servedBy(String cloudAccount) {
        this.cloudAccount = cloudAccount;
    }

    public String cloudAccount() { return cloudAccount; }
    public String hcsoServiceType() { return hcsoServiceType; }
    public String hcsoResourceType() { return hcsoResourceType; }
}
