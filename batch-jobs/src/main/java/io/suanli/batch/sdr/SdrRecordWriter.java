package io.suanli.batch.sdr;

import io.suanli.core.usage.application.SdrImportService;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.SdrRecord;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Stores a chunk of lines (records and rejected lines) and the reader's position, in the chunk's transaction. */
@Named
@Dependent
public class SdrRecordWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    SdrImportService imports;

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    @Inject
    io.suanli.core.system.application.JobProgress progress;

    private int chunks;

    @Override
    public void writeItems(List<Object> items) {
        SdrLineReader.Load load = (SdrLineReader.Load) step.getTransientUserData();
        List<SdrRecord> records = new ArrayList<>(items.size());
        List<LineError> errors = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof SdrRecord r) {
                records.add(r);
            } else {
                errors.add((LineError) o);
            }
        }
        imports.store(load.context, records, errors, load.cursor.offset(), load.cursor.lineNumber());
        if (++chunks % 5 == 0 || items.size() < 100) { // a transaction of its own: every fifth chunk is enough for a bar
            progress.done(job.getExecutionId(), load.cursor.offset());
        }
    }
}
