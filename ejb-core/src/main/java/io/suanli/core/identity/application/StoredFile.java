package io.suanli.core.identity.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file's bytes with its name and (sniffed) content type, for download. */
public record StoredFile(String fileName, String contentType, byte[] content) {

    /**
     * The {@code Content-Disposition} to serve it with: images inline (the review page shows them), anything else —
     * a PDF above all, whose own scripts must never run in our origin — as an attachment under its display name.
     */
    public String disposition() {
        if (contentType != null && contentType.startsWith("image/")) {
            return "inline";
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
