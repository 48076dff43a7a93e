package io.suanli.batch.sdr;

import io.suanli.core.usage.application.SdrImportService;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Rates and charges a chunk of resources, in the chunk's transaction (one ledger entry per resource). */
@Named
@Dependent
public class SdrRatingWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    SdrImportService imports;

    @Override
    public void writeItems(List<Object> items) {
        imports.rate((SdrImportService.Context) step.getTransientUserData(), items.stream().map(o -> (Long) o).toList());
    }
}
