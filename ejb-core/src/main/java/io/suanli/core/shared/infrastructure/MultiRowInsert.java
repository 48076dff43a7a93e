package io.suanli.core.shared.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Inserts many rows with multi-row {@code INSERT … VALUES (…), (…)} statements of at most {@link #ROWS} rows: one
 * round trip per statement on every driver (Connector/J sends a JDBC batch one statement at a time unless the URL
 * asks for rewriting). For bulk writes of the batch jobs; instants are stored as {@link InstantConverter} stores them.
 */
public final class MultiRowInsert {

    /** Rows per statement: 500 rows × ≤ 10 columns stays far below every driver's parameter limit. */
    public static final int ROWS = 500;

    private MultiRowInsert() {
    }

    /** Inserts {@code rows} (each the values of {@code columns}, in order) into {@code table}; returns the rows written. */
    public static int insert(Connection c, String table, String[] columns, List<Object[]> rows) throws SQLException {
        int written = 0;
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS));
            try (PreparedStatement ps = c.prepareStatement(sql(table, columns, part.size()))) {
                int i = 1;
                for (Object[] row : part) {
                    for (Object v : row) {
                        set(ps, i++, v);
                    }
                }
                written += ps.executeUpdate();
            }
        }
        return written;
    }

    static String sql(String table, String[] columns, int rows) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < columns.length; i++) {
            row.append(i == 0 ? "?" : ",?");
        }
        row.append(')');
        StringBuilder sql = new StringBuilder(32 + rows * (row.length() + 1))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(",", columns)).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(row);
        }
        return sql.toString();
    }

    private static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof Instant t) {
            ps.setTimestamp(i, Timestamp.from(t.truncatedTo(ChronoUnit.SECONDS)));
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(i, d);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setString(i, v.toString());
        }
    }
}
