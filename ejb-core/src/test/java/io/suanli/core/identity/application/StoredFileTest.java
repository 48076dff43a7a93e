package io.suanli.core.identity.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoredFileTest {

    @Test
    void imagesAreShownPdfsAreDownloaded() {
        assertEquals("inline", new StoredFile("执照.png", "image/png", new byte[0]).disposition());
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%89%A7%E7%85%A7.pdf",
                new StoredFile("执照.pdf", "application/pdf", new byte[0]).disposition());
        assertEquals("attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%20b%22.pdf",
                new StoredFile("a b\".pdf", "application/pdf", new byte[0]).disposition());
    }
}
