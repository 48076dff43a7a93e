package io.suanli.it;

import io.suanli.core.identity.domain.PasswordHasher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test accounts of their own for tests that lock, expire or exhaust an account (never the demo accounts), and
 * the security settings those tests change (always put back).
 */
public final class TestUsers {

    public static final String PASSWORD = "Lantern-Harbor-77";
    private static final AtomicLong NEXT_ID = new AtomicLong(900_000_000_000L + (System.currentTimeMillis() % 1_000_000) * 1000);

    private TestUsers() {
    }

    /** A new active user with {@link #PASSWORD}; answers its username. */
    public static String create(String role, boolean staff) throws SQLException {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = NEXT_ID.incrementAndGet();
        try (Connection c = MariaDbDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("insert into user_account (id, username, password_hash, user_kind, "
                    + "display_name, customer_id, status, failed_logins, created_at, version) values (?,?,?,?,?,?,?,0,?,0)")) {
                s.setLong(1, id);
                s.setString(2, username);
                s.setString(3, PasswordHasher.hash(PASSWORD.toCharArray()));
                s.setString(4, staff ? "STAFF" : "CUSTOMER");
                s.setString(5, "测试用户");
                if (staff) {
                    s.setNull(6, java.sql.Types.BIGINT);
                } else {
                    s.setLong(6, 1000001L);
                }
                s.setString(7, "ACTIVE");
                s.setTimestamp(8, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into user_role (user_id, role_code) values (?, ?)")) {
                s.setLong(1, id);
                s.setString(2, role);
                s.executeUpdate();
            }
        }
        return username;
    }

    public static void setPasswordChangedDaysAgo(String username, int days) throws SQLException {
        try (Connection c = MariaDbDatabase.connect();
             PreparedStatement s = c.prepareStatement("update user_account set password_changed_at = ? where username = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(86_400L * days)));
            s.setString(2, username);
            s.executeUpdate();
        }
    }

    /** Sets a security setting ({@code security.} + key); {@code null} removes it (the default applies). */
    public static void setPolicy(String key, String value) throws SQLException {
        try (Connection c = MariaDbDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from setting where setting_key = 'security." + key + "'");
            if (value != null) {
                s.executeUpdate("insert into setting (setting_key, setting_value, updated_at, updated_by, version) values ('security."
                        + key + "', '" + value + "', current_timestamp, 'test', 0)");
            }
        }
    }

    public static long count(String sql) throws SQLException {
        try (Connection c = MariaDbDatabase.connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row, or null when there is none. */
    public static String string(String sql) throws SQLException {
        try (Connection c = MariaDbDatabase.connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
