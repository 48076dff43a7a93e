package io.suanli.core.usage.infrastructure;

import io.suanli.core.usage.domain.StoredSdrRecord;
import io.suanli.core.shared.infrastructure.MultiRowInsert;
import io.suanli.core.usage.domain.LineError;
import io.suanli.core.usage.domain.UsageRater;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk tables of the SDR import through plain JDBC on the application's data source (inside the caller's
 * transaction): the records taken (the primary key on the record id is the deduplication), the rejected lines, the
 * per-file work list of rating. A million rows do not go through the persistence context.
 */
@ApplicationScoped
public class SdrRecords {

    private static final String[] RECORD_COLUMNS = {"record_id", "file_id", "line_no", "correction", "stamp", "resource_id",
            "hour_start", "usage_amount", "unit"};
    private static final String[] ERROR_COLUMNS = {"file_id", "line_no", "reason", "message", "raw_line"};

    /** Where a record id was taken. */
    public record Taken(long fileId, long lineNo) {
    }

    /** A record ready to store. */
    public record Row(String recordId, long lineNo, boolean correction, Instant stamp, long resourceId, Instant hour,
                      BigDecimal usage, String unit) {
    }


    @Resource(lookup = "java:jboss/datasources/SuanliDS")
    DataSource dataSource;

    /** Which of {@code ids} are already taken, and where. */
    public Map<String, Taken> taken(Collection<String> ids) {
        Map<String, Taken> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> all = new ArrayList<>(ids);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += 1000) {
                List<String> part = all.subList(from, Math.min(all.size(), from + 1000));
                StringBuilder sql = new StringBuilder("SELECT record_id, file_id, line_no FROM sdr_record WHERE record_id IN (");
                for (int i = 0; i < part.size(); i++) {
                    sql.append(i == 0 ? "?" : ",?");
                }
                try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), new Taken(rs.getLong(2), rs.getLong(3)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new EJBException("sdr_record look-up", e);
        }
        return found;
    }

    public void insert(long fileId, List<Row> rows, List<LineError> errors) {
        try (Connection c = dataSource.getConnection()) {
            if (!errors.isEmpty()) {
                // a chunk read again after a crash between its commit and the checkpoint: its errors are written anew
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM sdr_line_error WHERE file_id = ? AND line_no BETWEEN ? AND ?")) {
                    ps.setLong(1, fileId);
                    ps.setLong(2, errors.get(0).lineNumber());
                    ps.setLong(3, errors.get(errors.size() - 1).lineNumber());
                    ps.executeUpdate();
                }
                List<Object[]> e = new ArrayList<>(errors.size());
                for (LineError x : errors) {
                    e.add(new Object[]{fileId, x.lineNumber(), x.reason().name(), cut(x.message(), 512), cut(x.rawLine(), 1024)});
                }
                MultiRowInsert.insert(c, "sdr_line_error", ERROR_COLUMNS, e);
            }
            if (!rows.isEmpty()) {
                List<Object[]> r = new ArrayList<>(rows.size());
                for (Row x : rows) {
                    r.add(new Object[]{x.recordId(), fileId, x.lineNo(), x.correction(), x.stamp(), x.resourceId(), x.hour(),
                            x.usage(), x.unit()});
                }
                MultiRowInsert.insert(c, "sdr_record", RECORD_COLUMNS, r);
            }
        } catch (SQLException e) {
            throw new EJBException("sdr records of file " + fileId, e);
        }
    }

    /** Counts of a loaded file: records, corrections, errors, duplicate errors. */
    public long[] counts(long fileId) {
        return new long[]{
                count("SELECT COUNT(*) FROM sdr_record WHERE file_id = ?", fileId),
                count("SELECT COUNT(*) FROM sdr_record WHERE file_id = ? AND correction = TRUE", fileId),
                count("SELECT COUNT(*) FROM sdr_line_error WHERE file_id = ?", fileId),
                count("SELECT COUNT(*) FROM sdr_line_error WHERE file_id = ? AND reason IN ('DUPLICATE_RECORD_ID','ALREADY_IMPORTED')", fileId)};
    }

    /** Builds the work list of rating: the resources the file touched and the hours between its first and last record. */
    public long workList(long fileId) {
        update("DELETE FROM sdr_file_resource WHERE file_id = ?", fileId);
        return update("INSERT INTO sdr_file_resource (file_id, resource_id, first_hour, last_hour, records) "
                + "SELECT file_id, resource_id, MIN(hour_start), MAX(hour_start), COUNT(*) FROM sdr_record WHERE file_id = ? "
                + "GROUP BY file_id, resource_id", fileId);
    }

    /** A rejected file keeps its errors but none of its records: they were never charged and may come again. */
    public void dropRecords(long fileId) {
        update("DELETE FROM sdr_file_resource WHERE file_id = ?", fileId);
        update("DELETE FROM sdr_record WHERE file_id = ?", fileId);
    }

    /** The next resources of the work list after {@code afterResourceId}, with their hour window. */
    public List<Object[]> work(long fileId, long afterResourceId, int max) {
        List<Object[]> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT resource_id, first_hour, last_hour FROM sdr_file_resource "
                     + "WHERE file_id = ? AND resource_id > ? ORDER BY resource_id")) {
            ps.setMaxRows(max);
            ps.setLong(1, fileId);
            ps.setLong(2, afterResourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[]{rs.getLong(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))});
                }
            }
        } catch (SQLException e) {
            throw new EJBException("sdr work list of file " + fileId, e);
        }
        return out;
    }

    /** Every record (of any file) of a resource in the hours {@code [first, last]}: what rating sums or corrects. */
    public List<UsageRater.Usage> usage(long resourceId, Instant first, Instant last) {
        List<UsageRater.Usage> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT hour_start, correction, stamp, file_id, line_no, usage_amount "
                     + "FROM sdr_record WHERE resource_id = ? AND hour_start >= ? AND hour_start <= ?")) {
            ps.setLong(1, resourceId);
            ps.setTimestamp(2, Timestamp.from(first));
            ps.setTimestamp(3, Timestamp.from(last));
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UsageRater.Usage(instant(rs.getTimestamp(1)), rs.getBoolean(2), instant(rs.getTimestamp(3)),
                            rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException("usage of resource " + resourceId, e);
        }
        return out;
    }

    /** Rejected lines of a file in line order, a page at a time. */
    public List<LineError> errors(long fileId, long afterLine, int max) {
        List<LineError> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT line_no, reason, message, raw_line FROM sdr_line_error "
                     + "WHERE file_id = ? AND line_no > ? ORDER BY line_no")) {
            ps.setMaxRows(max);
            ps.setLong(1, fileId);
            ps.setLong(2, afterLine);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LineError(rs.getLong(1), io.suanli.core.usage.domain.SdrErrorReason.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException("errors of file " + fileId, e);
        }
        return out;
    }

    /** Stored records by filter (each criterion optional), newest hour first, one page. */
    public List<StoredSdrRecord> query(Long fileId, Long resourceId, Instant from, Instant to, int first, int max) {
        List<Object> args = new ArrayList<>();
        String where = where(fileId, resourceId, from, to, args);
        List<StoredSdrRecord> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT record_id, file_id, line_no, correction, stamp, resource_id, hour_start, "
                     + "usage_amount, unit FROM sdr_record" + where + " ORDER BY hour_start DESC, record_id LIMIT " + max
                     + " OFFSET " + first)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredSdrRecord(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), instant(rs.getTimestamp(5)),
                            rs.getLong(6), instant(rs.getTimestamp(7)), rs.getBigDecimal(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException("sdr record query", e);
        }
        return out;
    }

    /** How many stored records match the filter. */
    public long queryCount(Long fileId, Long resourceId, Instant from, Instant to) {
        List<Object> args = new ArrayList<>();
        String where = where(fileId, resourceId, from, to, args);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sdr_record" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new EJBException("sdr record count", e);
        }
    }

    private static String where(Long fileId, Long resourceId, Instant from, Instant to, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (fileId != null) {
            where.append(" AND file_id = ?");
            args.add(fileId);
        }
        if (resourceId != null) {
            where.append(" AND resource_id = ?");
            args.add(resourceId);
        }
        if (from != null) {
            where.append(" AND hour_start >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND hour_start < ?");
            args.add(Timestamp.from(to));
        }
        return where.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private long count(String sql, long fileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new EJBException(sql, e);
        }
    }

    private int update(String sql, long fileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, fileId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new EJBException(sql, e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + '…';
    }
}
