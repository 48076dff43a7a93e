package io.suanli.core.usage.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds one SDR line of a format: a valid hourly record by default, any field overridden. */
final class SdrLine {

    private final Map<SdrField, String> values = new EnumMap<>(SdrField.class);

    private SdrLine() {
        values.put(SdrField.RECORD_ID, "R-0001");
        values.put(SdrField.RECORD_TYPE, "20");
        values.put(SdrField.TIME_STAMP, "20260701010500");
        values.put(SdrField.USER_ID, "proj-a");
        values.put(SdrField.REGION_CODE, "cn-north-4");
        values.put(SdrField.AZ_CODE, "cn-north-4a");
        values.put(SdrField.CLOUD_SERVICE_TYPE_CODE, "hws.service.type.modelarts");
        values.put(SdrField.RESOURCE_TYPE_CODE, "hws.resource.type.ma.pool");
        values.put(SdrField.RESOURCE_SPEC_CODE, "modelarts.pool.gpu.8xa100");
        values.put(SdrField.RESOURCE_ID, "pool-1");
        values.put(SdrField.BSS_PARAMS, "chargeMode=PAYG");
        values.put(SdrField.BEGIN_TIME, "20260701000000");
        values.put(SdrField.END_TIME, "20260701010000");
        values.put(SdrField.DURATION, "3600");
        values.put(SdrField.USAGE_AMOUNT, "4");
        values.put(SdrField.USAGE_UNIT, "NODE_HOUR");
    }

    static SdrLine valid() {
        return new SdrLine();
    }

    static SdrLine valid(String recordId) {
        return new SdrLine().with(SdrField.RECORD_ID, recordId);
    }

    SdrLine with(SdrField field, String value) {
        values.put(field, value);
        return this;
    }

    String in(SdrFormat format) {
        StringJoiner j = new StringJoiner(format.separator());
        for (SdrField f : format.fields()) {
            j.add(values.getOrDefault(f, ""));
        }
        return j.toString();
    }

    @Override
    public String toString() {
        return in(SdrFormat.defaults());
    }
}
