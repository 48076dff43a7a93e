package io.suanli.batch.sdr;

import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.usage.application.SdrImportService;
import io.suanli.core.usage.application.SdrSettings;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.application.SdrLines;
import io.suanli.core.usage.domain.SdrRecord;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the file one line at a time: each item is an {@link SdrRecord} or a {@link LineError}. The checkpoint is the
 * byte offset after the last line read and the number of lines before it, so a restart reopens the file there.
 */
@Named
@Dependent
public class SdrLineReader extends AbstractItemReader {

    /** What the writer of the same step needs: the context to check records against, and where the reader is. */
    static final class Load {
        SdrImportService.Context context;
        SdrLines cursor;
    }

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    SdrImportService imports;

    @Inject
    SdrSettings settings;

    @Inject
    PlatformClock clock;

    @Inject
    io.suanli.core.system.application.JobProgress progress;

    private InputStream in;
    private Load load;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long fileId = SdrJobs.fileId(job);
        load = new Load();
        load.context = imports.begin(fileId, job.getExecutionId());
        SdrImportService.FileToRead f = imports.file(fileId);
        long[] at = checkpoint == null ? new long[]{0, 0} : (long[]) checkpoint;
        in = Files.newInputStream(Path.of(f.path()));
        skip(in, at[0]);
        load.cursor = SdrLines.open(settings, f.name(), in, clock.now(), at[0], at[1]);
        step.setTransientUserData(load);
        progress.total(job.getExecutionId(), f.size()); // the jobs page shows bytes read of the file's size
        progress.done(job.getExecutionId(), at[0]);
    }

    @Override
    public Object readItem() throws Exception {
        return load.cursor.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return new long[]{load.cursor.offset(), load.cursor.lineNumber()};
    }

    @Override
    public void close() throws Exception {
        if (in != null) {
            in.close();
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                throw new IOException("file shorter than its checkpoint " + n);
            }
            left -= s;
        }
    }
}
