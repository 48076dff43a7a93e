package io.suanli.web.console.view.common;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** A file the console hands the browser (a {@code p:fileDownload} value): its name, media type and bytes. */
public final class Download {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Download() {
    }

    public static StreamedContent of(String name, String contentType, byte[] content) {
        return content == null ? null : DefaultStreamedContent.builder().name(name).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public static StreamedContent xlsx(String name, byte[] content) {
        return of(name, XLSX, content);
    }
}
