package io.suanli.core.shared.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void onlyTheLastPartIsKept() {
        assertEquals("licence.pdf", FileNames.display("/etc/../licence.pdf", "file", 200));
        assertEquals("营业执照.png", FileNames.display("C:\\Users\\a\\营业执照.png", "file", 200));
        assertEquals("a b.pdf", FileNames.display("  a b.pdf \t", "file", 200));
    }

    @Test
    void nothingLeftGivesTheFallback() {
        for (String raw : new String[]{"/", "\\", "", "   ", null, "..", "dir/", "\u0000"}) {
            assertEquals("file", FileNames.display(raw, "file", 200), String.valueOf(raw));
        }
    }

    @Test
    void controlCharactersGoAndTheLengthIsCapped() {
        assertEquals("ab.pdf", FileNames.display("a\r\n\u0000b.pdf", "file", 200));
        assertEquals("x".repeat(10), FileNames.display("x".repeat(50), "file", 10));
    }
}
