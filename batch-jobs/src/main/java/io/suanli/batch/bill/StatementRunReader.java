package io.suanli.batch.bill;

import io.suanli.core.distribution.application.StatementRunSteps;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The distributors of one partition approved before the period ended, in id order (items are their customer ids).
 * The checkpoint is the last distributor read, committed with its chunk: a restart reads the distributors after it.
 */
@Named
@Dependent
public class StatementRunReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String period;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    StatementRunSteps steps;

    private long last = Long.MIN_VALUE;
    private final Deque<Long> next = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint != null) {
            last = (Long) checkpoint;
        }
        next.addAll(steps.distributors(period, Integer.parseInt(partitions), Integer.parseInt(partition), last));
    }

    @Override
    public Object readItem() {
        Long id = next.poll();
        if (id != null) {
            last = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
