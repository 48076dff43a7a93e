package io.suanli.core.usage.domain;

import java.util.Locale;

/**
 * The columns an SDR line may have, named as in the Huawei-derived CDR layout. {@link #IGNORED} stands for a
 * column the source delivers and we do not read (written {@code -} in the field list).
 */
public enum SdrField {
    RECORD_ID("RecordID", true),
    RECORD_TYPE("RecordType", true),
    TIME_STAMP("TimeStamp", true),
    USER_ID("UserID", true),
    REGION_CODE("RegionCode", false),
    AZ_CODE("AZCode", false),
    CLOUD_SERVICE_TYPE_CODE("CloudServiceTypeCode", false),
    RESOURCE_TYPE_CODE("ResourceTypeCode", false),
    RESOURCE_SPEC_CODE("ResourceSpecCode", false),
    RESOURCE_ID("ResourceID", true),
    BSS_PARAMS("BSSParams", false),
    BEGIN_TIME("BeginTime", true),
    END_TIME("EndTime", true),
    DURATION("Duration", false),
    USAGE_AMOUNT("UsageAmount", true),
    USAGE_UNIT("UsageUnit", false),
    IGNORED("-", false);

    private final String label;
    private final boolean required;

    SdrField(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    /** The name used in the configuration and in {@code docs/sdr-format.md}. */
    public String label() {
        return label;
    }

    /** Whether every layout must have this column. */
    public boolean required() {
        return required;
    }

    /** The field of a label, case-insensitive ({@code RecordID}, {@code recordid}); {@code -} is an ignored column. */
    public static SdrField ofLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (SdrField f : values()) {
            if (f.label.toLowerCase(Locale.ROOT).equals(l)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown SDR field: " + label);
    }
}
