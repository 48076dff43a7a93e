package io.suanli.core.usage.domain;

/** Receives what {@link SdrParser} reads, one line at a time, in file order. */
public interface SdrSink {

    /** A valid record. */
    void record(SdrRecord record);

    /** A rejected line (the parser continues with the next line). */
    default void error(LineError error) {
    }
}
