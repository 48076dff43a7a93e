package io.suanli.core.catalog.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes a spec can carry. Numeric ones must be whole non-negative numbers, since quotas count them
 * (e.g. total accelerators); the rest are free text.
 */
public final class SpecAttributes {

    public static final String ACCELERATOR_MODEL = "acceleratorModel";
    public static final String ACCELERATOR_COUNT = "acceleratorCount";
    public static final String VCPU = "vcpu";
    public static final String MEMORY_GB = "memoryGb";
    public static final String STORAGE_GB = "storageGb";
    public static final String NETWORK = "network";
    public static final String STORAGE_CLASS = "storageClass";

    public static final List<String> KEYS = List.of(ACCELERATOR_MODEL, ACCELERATOR_COUNT, VCPU, MEMORY_GB, STORAGE_GB, NETWORK, STORAGE_CLASS);
    private static final List<String> NUMERIC = List.of(ACCELERATOR_COUNT, VCPU, MEMORY_GB, STORAGE_GB);

    private SpecAttributes() {
    }

    /** Known keys only, blank values dropped, numbers checked; in the order of {@link #KEYS}. */
    public static Map<String, String> checked(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new SuanliException("spec.attributeUnknown", e.getKey());
            }
        }
        for (String key : KEYS) {
            String v = raw.get(key);
            if (v == null || v.isBlank()) {
                continue;
            }
            v = v.trim();
            if (v.length() > 200) {
                throw new SuanliException("validation.tooLong", "spec." + key, 200);
            }
            if (NUMERIC.contains(key) && !v.matches("\\d{1,9}")) {
                throw new SuanliException("spec.attributeNotANumber", "spec." + key, v);
            }
            out.put(key, v);
        }
        return out;
    }
}
