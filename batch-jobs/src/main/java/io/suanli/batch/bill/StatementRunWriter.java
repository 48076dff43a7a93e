package io.suanli.batch.bill;

import io.suanli.core.distribution.application.StatementRunSteps;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Makes a chunk of distributors' statements of the period, in the chunk's transaction. */
@Named
@Dependent
public class StatementRunWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String period;

    @Inject
    StatementRunSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.make(period, items.stream().map(o -> (Long) o).toList());
    }
}
