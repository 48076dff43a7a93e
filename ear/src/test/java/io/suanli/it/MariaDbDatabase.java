package io.suanli.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the MariaDB database and application user of the server tests and starts the test mailbox, once per run and
 * before the server starts (its batch job repository connects at boot; see {@link ServerTest}), and opens connections
 * to the database so tests can check what the platform wrote.
 */
public final class MariaDbDatabase implements BeforeAllCallback {

    static final String HOST = System.getProperty("suanli.test.db.host", "127.0.0.1:3306");
    static final String USER = System.getProperty("suanli.test.db.user", "root");
    static final String PASSWORD = System.getProperty("suanli.test.db.password", "");
    static final String OPTIONS = "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private static volatile boolean created;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        synchronized (MariaDbDatabase.class) {
            if (!created) {
                create();
                Mailbox.start();
                created = true;
            }
        }
    }

    private static void create() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + OPTIONS, USER, PASSWORD);
             Statement s = c.createStatement()) {
            // a fresh schema for every run: Liquibase builds it from nothing at the first deployment
            s.execute("drop database if exists suanli_it");
            s.execute("create database suanli_it character set utf8mb4 collate utf8mb4_bin");
            // the server logs in as an application user with a password (WildFly refuses an empty one)
            s.execute("create user if not exists 'suanli_it'@'localhost' identified by 'suanli_it'");
            s.execute("create user if not exists 'suanli_it'@'127.0.0.1' identified by 'suanli_it'");
            s.execute("grant all privileges on suanli_it.* to 'suanli_it'@'localhost'");
            s.execute("grant all privileges on suanli_it.* to 'suanli_it'@'127.0.0.1'");
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("suanli.it.jdbc"), USER, PASSWORD);
    }
}
