package io.suanli.web.console.view.system;

import io.suanli.core.usage.application.SdrFileService;
import io.suanli.core.usage.application.SdrFileService.FileView;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.StoredSdrRecord;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.core.shared.application.RealTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/system/sdr.xhtml} (S7, S10): upload an SDR file and watch its import (progress from the bytes the
 * job has read, refreshed while a file is importing), the files with their counts and status, a file's rejected lines
 * with line numbers and reasons, stop / start / restart, and a lazy, filterable query of the records taken.
 */
@Named
@ViewScoped
public class SdrBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RealTime time;

    @Inject
    transient SdrFileService sdr;

    @Inject
    transient ConsoleBean console;

    private String status;
    private FileView selected;
    private List<LineError> errors = List.of();
    private Long recordFileId;
    private Long recordResourceId;
    private LocalDateTime recordFrom;
    private LocalDateTime recordTo;
    private boolean anyImporting;

    private final LazyDataModel<FileView> files = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) sdr.files(status, 0, 1).total();
        }

        @Override
        public List<FileView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SdrFileService.Page<FileView> page = sdr.files(status, first, pageSize);
            setRowCount((int) page.total());
            anyImporting = page.rows().stream().anyMatch(f -> f.status().equals("IMPORTING") || f.status().equals("RECEIVED"));
            return page.rows();
        }

        @Override
        public String getRowKey(FileView row) {
            return String.valueOf(row.id());
        }

        @Override
        public FileView getRowData(String rowKey) {
            return sdr.file(Long.parseLong(rowKey));
        }
    };

    private final LazyDataModel<StoredSdrRecord> records = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<StoredSdrRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SdrFileService.Page<StoredSdrRecord> page = page(first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        private SdrFileService.Page<StoredSdrRecord> page(int first, int max) {
            SdrFileService.Page<StoredSdrRecord>[] p = new SdrFileService.Page[]{new SdrFileService.Page<>(List.of(), 0)};
            console.act(() -> p[0] = sdr.records(recordFileId, recordResourceId, instant(recordFrom), instant(recordTo), first, max), null);
            return p[0];
        }

        @Override
        public String getRowKey(StoredSdrRecord row) {
            return row.recordId();
        }
    };

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            SdrFileService.Received[] r = new SdrFileService.Received[1];
            if (console.act(() -> r[0] = sdr.receive(event.getFile().getFileName(), in), null)) {
                select(r[0].file());
                console.info(r[0].duplicate() ? "sdr.uploadedDuplicate" : "sdr.uploaded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refreshes the selected file while its import runs (the poll). */
    public void refresh() {
        if (selected != null) {
            select(sdr.file(selected.id()));
        }
    }

    public void select(FileView f) {
        selected = f;
        errors = sdr.errors(f.id(), 0, 200);
        recordFileId = f.id();
    }

    public void start() {
        if (selected != null && console.act(() -> sdr.startImport(selected.id()), "sdr.started")) {
            refresh();
        }
    }

    public void stop() {
        if (selected != null && console.act(() -> sdr.stopImport(selected.id()), "sdr.stopping")) {
            refresh();
        }
    }

    public boolean isPolling() {
        return anyImporting || selected != null && (selected.status().equals("IMPORTING") || selected.status().equals("RECEIVED"));
    }

    private static java.time.Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(io.suanli.core.shared.application.PlatformClock.ZONE).toInstant();
    }

    public LazyDataModel<FileView> getFiles() { return files; }
    public LazyDataModel<StoredSdrRecord> getRecords() { return records; }
    public FileView getSelected() { return selected; }
    public List<LineError> getErrors() { return errors; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getRecordFileId() { return recordFileId; }
    public void setRecordFileId(Long v) { this.recordFileId = v; }
    public Long getRecordResourceId() { return recordResourceId; }
    public void setRecordResourceId(Long v) { this.recordResourceId = v; }
    public LocalDateTime getRecordFrom() { return recordFrom; }
    public void setRecordFrom(LocalDateTime v) { this.recordFrom = v; }
    public LocalDateTime getRecordTo() { return recordTo; }
    public void setRecordTo(LocalDateTime v) { this.recordTo = v; }
    public List<String> getStatuses() { return List.of("RECEIVED", "IMPORTING", "IMPORTED", "REJECTED", "FAILED"); }
    public LocalDate getToday() { return LocalDate.ofInstant(time.now(), io.suanli.core.shared.application.PlatformClock.ZONE); }
}
