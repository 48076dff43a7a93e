package io.suanli.core.system.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One platform setting (OEM name, copyright, keys…), changed at run time without a redeploy. */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value", nullable = false, length = 8000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Setting() {
    }

    public Setting(String key, String value, Instant at, String by) {
        this.key = key;
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
