package io.suanli.core.identity.application;

/** A file's bytes with its name and (sniffed) content type, for download. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
