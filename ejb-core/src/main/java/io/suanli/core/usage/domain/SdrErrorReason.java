package io.suanli.core.usage.domain;

/** Why a line was rejected. The codes are stable: they are stored with the parse run and shown in S7. */
public enum SdrErrorReason {
    /** Bytes that are not valid in the file's encoding (e.g. malformed UTF-8). */
    MALFORMED_ENCODING,
    /** A line longer than the configured maximum. */
    LINE_TOO_LONG,
    /** The last line has no newline and fewer fields than the layout: the file was cut off. */
    TRUNCATED_LINE,
    /** More or fewer fields than the layout. */
    FIELD_COUNT,
    /** The record type is neither the normal nor the correction code. */
    UNKNOWN_RECORD_TYPE,
    /** A required value (record id, project) is empty. */
    MISSING_VALUE,
    /** The resource id is empty. */
    EMPTY_RESOURCE_ID,
    /** A time is not a valid UTC {@code yyyyMMddHHmmss}. */
    BAD_TIME,
    /** The end time is before the begin time. */
    END_BEFORE_BEGIN,
    /** The time stamp or the end time lies in the future (beyond the allowed clock skew). */
    FUTURE_TIME,
    /** The duration or the usage amount is not a number. */
    BAD_NUMBER,
    /** The duration is negative or longer than the period [begin, end). */
    BAD_DURATION,
    /** The usage amount is negative. */
    NEGATIVE_USAGE,
    /** The usage amount is more than the hours of the period × the maximum quantity per hour. */
    ABSURD_USAGE,
    /** A record id already taken by an earlier valid line of the same file. */
    DUPLICATE_RECORD_ID,
    /** The record id was taken by an earlier file (the database's primary key decides). */
    ALREADY_IMPORTED,
    /** No resource of ours has this cloud resource id. */
    UNKNOWN_RESOURCE,
    /** The period lies before the resource was opened or after it ended. */
    OUTSIDE_LIFE,
    /** The period [begin, end) is not within one clock hour (usage is rated per resource and hour). */
    NOT_HOURLY,
    /** The usage unit is not the unit of the resource's pay-as-you-go price at that hour. */
    UNIT_MISMATCH,
    /** The resource's spec has no pay-as-you-go price in force at that hour. */
    NO_PRICE
}
