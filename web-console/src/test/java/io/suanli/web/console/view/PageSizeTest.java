package io.suanli.web.console.view;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No console page over 80 lines (#16 item 2): big editors are split into includes under WEB-INF/includes; the rule holds for every
 * .xhtml under src/main/webapp, includes, templates and tag files too. Maven runs tests in the module's directory.
 */
class PageSizeTest {

    static final int MAX_LINES = 80;

    @Test
    void everyPageIncludeTemplateAndTagFileHasAtMost80Lines() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        assertTrue(Files.isDirectory(webapp), "run in the web-console module: " + webapp.toAbsolutePath());
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(webapp)) {
            tooLong = files.filter(p -> p.toString().endsWith(".xhtml")).filter(p -> lines(p) > MAX_LINES)
                    .map(p -> webapp.relativize(p) + " (" + lines(p) + " lines)").sorted().toList();
        }
        assertEquals(List.of(), tooLong, "split these into ui:include fragments under WEB-INF/includes");
    }

    private static long lines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
