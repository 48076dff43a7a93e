package io.suanli.core.usage.domain;

/**
 * What a record means. A {@link #CORRECTION} carries the full corrected values for the same resource and the same
 * period [begin, end) as the record(s) it corrects and replaces them for rating; it has its own record id.
 */
public enum SdrRecordType {
    NORMAL,
    CORRECTION
}
