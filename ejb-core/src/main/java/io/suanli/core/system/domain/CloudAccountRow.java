package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An HCSO / Huawei Cloud account (S5): access key, the secret key encrypted at rest (never shown again), project,
 * region and the endpoints of IAM, ModelArts, OBS and Cloud Eye.
 */
@Entity
@Table(name = "cloud_account")
public class CloudAccountRow {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "access_key", nullable = false)
    private String accessKey;

    @Column(name = "secret_key_enc", nullable = false)
    private String secretKeyEnc;

    @Column(name = "project_id", nullable = false)
    private String projectId;

    @Column(nullable = false)
    private String region;

    @Column(name = "iam_endpoint", nullable = false)
    private String iamEndpoint;

    @Column(name = "modelarts_endpoint", nullable = false)
    private String modelArtsEndpoint;

    @Column(name = "obs_endpoint", nullable = false)
    private String obsEndpoint;

    @Column(name = "ces_endpoint", nullable = false)
    private String cesEndpoint;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected CloudAccountRow() {
    }

    public CloudAccountRow(String code) {
        this.code = code;
    }

    /** Sets everything but the secret key. */
    public void describe(String name, String accessKey, String projectId, String region, String iam, String modelArts, String obs, String ces,
                         boolean enabled, Instant at, String by) {
        this.name = name;
        this.accessKey = accessKey;
        this.projectId = projectId;
        this.region = region;
        this.iamEndpoint = iam;
        this.modelArtsEndpoint = modelArts;
        this.obsEndpoint = obs;
        this.cesEndpoint = ces;
        this.enabled = enabled;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public void secretKey(String encrypted) {
        this.secretKeyEnc = encrypted;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String accessKey() { return accessKey; }
    public String secretKeyEnc() { return secretKeyEnc; }
    public String projectId() { return projectId; }
    public String region() { return region; }
    public String iamEndpoint() { return iamEndpoint; }
    public String modelArtsEndpoint() { return modelArtsEndpoint; }
    public String obsEndpoint() { return obsEndpoint; }
    public String cesEndpoint() { return cesEndpoint; }
    public boolean enabled() { return enabled; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
