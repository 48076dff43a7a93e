package io.suanli.core.usage.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static io.suanli.core.usage.domain.SdrFile.Status.FAILED;
import static io.suanli.core.usage.domain.SdrFile.Status.IMPORTED;
import static io.suanli.core.usage.domain.SdrFile.Status.IMPORTING;
import static io.suanli.core.usage.domain.SdrFile.Status.RECEIVED;
import static io.suanli.core.usage.domain.SdrFile.Status.REJECTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An SDR file moves only along the table of {@link SdrFile.Status}: import, stop or failure, restart, the end. */
class SdrFileStatusTest {

    static final Instant AT = Instant.parse("2026-07-01T05:00:00Z");
    static final String NAME = "hws_20260701050000_1.sdr";

    static final Map<SdrFile.Status, Set<SdrFile.Status>> TABLE = Map.of(
            RECEIVED, EnumSet.of(IMPORTING),
            IMPORTING, EnumSet.of(IMPORTING, IMPORTED, REJECTED, FAILED),
            FAILED, EnumSet.of(IMPORTING),
            IMPORTED, EnumSet.noneOf(SdrFile.Status.class),
            REJECTED, EnumSet.noneOf(SdrFile.Status.class));

    static SdrFile received() {
        return new SdrFile(1, SdrFile.Source.UPLOAD, NAME, 100, "ab", "/tmp/x", AT, "admin");
    }

    static SdrFile importing() {
        SdrFile f = received();
        f.importing(10, "node-a", AT);
        return f;
    }

    static void illegal(SdrFile f, Consumer<SdrFile> verb, SdrFile.Status to) {
        SdrFile.Status from = f.status();
        SuanliException e = assertThrows(SuanliException.class, () -> verb.accept(f));
        assertEquals("sdr.illegalTransition", e.key());
        assertArrayEquals(new Object[]{NAME, from.name(), to.name()}, e.args());
        assertEquals(from, f.status(), "unchanged");
    }

    @Test
    void theTableIsExactlyTheMovesOfTheImportJob() {
        for (SdrFile.Status from : SdrFile.Status.values()) {
            assertEquals(TABLE.get(from), from.next(), from.name());
            for (SdrFile.Status to : SdrFile.Status.values()) {
                assertEquals(TABLE.get(from).contains(to), from.canMoveTo(to), from + " → " + to);
            }
        }
        assertEquals(EnumSet.of(IMPORTED, REJECTED), EnumSet.copyOf(java.util.Arrays.stream(SdrFile.Status.values())
                .filter(SdrFile.Status::isFinal).toList()));
    }

    @Test
    void anImportStoppedAndRestartedEndsImported() {
        SdrFile f = importing();
        assertEquals(IMPORTING, f.status());
        assertEquals(AT, f.startedAt());
        f.failed("STOPPED");
        assertEquals(FAILED, f.status());
        assertEquals("STOPPED", f.statusReason());
        f.importing(11, "node-a", AT.plusSeconds(60));
        assertEquals(IMPORTING, f.status());
        assertNull(f.statusReason());
        assertEquals(11L, f.jobExecutionId());
        assertEquals(AT, f.startedAt(), "started once");
        f.importing(12, "node-b", AT.plusSeconds(120));
        assertEquals(12L, f.jobExecutionId(), "taken over by a new execution after its server died");
        f.imported(AT.plusSeconds(180));
        assertEquals(IMPORTED, f.status());
        assertEquals(100, f.bytesDone());
    }

    @Test
    void aBadFileIsRejected() {
        SdrFile f = importing();
        f.rejected("error ratio 9/10 above 0.1", AT);
        assertEquals(REJECTED, f.status());
        assertEquals(AT, f.finishedAt());
    }

    @Test
    void illegalMovesAreRefusedWithTheKey() {
        illegal(received(), f -> f.imported(AT), IMPORTED);
        illegal(received(), f -> f.rejected("x", AT), REJECTED);
        illegal(received(), f -> f.failed("x"), FAILED);
        SdrFile failed = importing();
        failed.failed("x");
        illegal(failed, f -> f.imported(AT), IMPORTED);
        illegal(failed, f -> f.rejected("x", AT), REJECTED);
        illegal(failed, f -> f.failed("y"), FAILED);
    }

    @Test
    void importedAndRejectedAreFinal() {
        SdrFile imported = importing();
        imported.imported(AT);
        SdrFile rejected = importing();
        rejected.rejected("x", AT);
        for (SdrFile f : new SdrFile[]{imported, rejected}) {
            illegal(f, x -> x.importing(99, "n", AT), IMPORTING);
            illegal(f, x -> x.failed("x"), FAILED);
            illegal(f, x -> x.imported(AT), IMPORTED);
            illegal(f, x -> x.rejected("x", AT), REJECTED);
        }
    }
}
