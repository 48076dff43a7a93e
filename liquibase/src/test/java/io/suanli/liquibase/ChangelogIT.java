package io.suanli.liquibase;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every changeset applies to an empty schema, a second run is a no-op, and the last changesets roll back and
 * apply again — on H2 (the embedded default, MySQL mode) and on MariaDB through Connector/J (production's driver).
 */
abstract class ChangelogIT {

    static final String MASTER = "db/changelog/master.xml";
    static final String ALL_CONTEXTS = "prod,dev";

    abstract Connection freshDatabase() throws SQLException;

    @Test
    void everyChangesetAppliesToAnEmptySchema() throws Exception {
        try (Connection c = freshDatabase(); Liquibase lb = liquibase(c)) {
            int expected = lb.listUnrunChangeSets(new Contexts(ALL_CONTEXTS), new LabelExpression()).size();
            assertTrue(expected >= 8, "changesets found: " + expected);
            lb.update(new Contexts(ALL_CONTEXTS), new LabelExpression());
            assertEquals(expected, count(c, "select count(*) from DATABASECHANGELOG"));
            assertEquals(6, count(c, "select count(*) from user_account"));
            assertEquals(6, count(c, "select count(*) from user_role"));
            assertEquals(3, count(c, "select count(*) from setting where setting_key like 'oem.%'"));
        }
    }

    @Test
    void rerunningIsANoOp() throws Exception {
        try (Connection c = freshDatabase(); Liquibase lb = liquibase(c)) {
            lb.update(new Contexts(ALL_CONTEXTS), new LabelExpression());
            long applied = count(c, "select count(*) from DATABASECHANGELOG");
            lb.update(new Contexts(ALL_CONTEXTS), new LabelExpression());
            assertEquals(applied, count(c, "select count(*) from DATABASECHANGELOG"));
            assertTrue(lb.listUnrunChangeSets(new Contexts(ALL_CONTEXTS), new LabelExpression()).isEmpty());
        }
    }

    @Test
    void productionContextLeavesOutDemoData() throws Exception {
        try (Connection c = freshDatabase(); Liquibase lb = liquibase(c)) {
            lb.update(new Contexts("prod"), new LabelExpression());
            assertEquals(0, count(c, "select count(*) from user_account"));
            assertEquals(6, count(c, "select count(*) from app_role"));
        }
    }

    @Test
    void lastChangesetsRollBackAndApplyAgain() throws Exception {
        try (Connection c = freshDatabase(); Liquibase lb = liquibase(c)) {
            lb.update(new Contexts(ALL_CONTEXTS), new LabelExpression());
            long applied = count(c, "select count(*) from DATABASECHANGELOG");
            // everything from real-name verification on: the later contexts and the demo data
            int back = (int) count(c, "select count(*) from DATABASECHANGELOG where ORDEREXECUTED >= "
                    + "(select ORDEREXECUTED from DATABASECHANGELOG where ID = 'identity-8-real-name-verification')");
            lb.rollback(back, ALL_CONTEXTS);
            assertEquals(applied - back, count(c, "select count(*) from DATABASECHANGELOG"));
            assertFalse(tableExists(c, "real_name_verification"), "real_name_verification rolled back");
            assertFalse(tableExists(c, "order_discount"), "order_discount rolled back");
            assertEquals(0, count(c, "select count(*) from user_account"), "demo accounts rolled back");
            lb.update(new Contexts(ALL_CONTEXTS), new LabelExpression());
            assertEquals(applied, count(c, "select count(*) from DATABASECHANGELOG"));
            assertEquals(6, count(c, "select count(*) from user_account"));
            assertTrue(tableExists(c, "order_discount"), "order_discount applied again");
        }
    }

    static Liquibase liquibase(Connection c) throws Exception {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        return new Liquibase(MASTER, new ClassLoaderResourceAccessor(), db);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("select 1 from " + table + " where 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static String uniqueName() {
        return "lb" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}

class ChangelogH2IT extends ChangelogIT {

    @Override
    Connection freshDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + uniqueName() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
    }
}

class ChangelogMariaDbIT extends ChangelogIT {

    static final String HOST = System.getProperty("suanli.test.db.host", "127.0.0.1:3306");
    static final String USER = System.getProperty("suanli.test.db.user", "root");
    static final String PASSWORD = System.getProperty("suanli.test.db.password", "");
    static final String OPTIONS = "?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    @Override
    Connection freshDatabase() throws SQLException {
        String db = "suanli_lbtest";
        try (Connection admin = DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + OPTIONS, USER, PASSWORD);
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + db);
            s.execute("create database " + db + " character set utf8mb4 collate utf8mb4_bin");
        }
        return DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + db + OPTIONS, USER, PASSWORD);
    }
}
