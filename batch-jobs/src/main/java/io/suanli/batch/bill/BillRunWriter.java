package io.suanli.batch.bill;

import io.suanli.core.billing.application.BillRunSteps;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Keeps a chunk of customers' bills of the period and sends their "bill ready" messages, in the chunk's transaction. */
@Named
@Dependent
public class BillRunWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String period;

    @Inject
    BillRunSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.build(period, items.stream().map(o -> (Long) o).toList());
    }
}
