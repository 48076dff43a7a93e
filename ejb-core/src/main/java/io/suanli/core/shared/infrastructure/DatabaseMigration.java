package io.suanli.core.shared.infrastructure;

import io.suanli.core.shared.application.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs the Liquibase changelogs when the application is deployed, before any other start-up bean touches the
 * database (they declare {@code @DependsOn("DatabaseMigration")}). The dev profile also applies the demo data.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String MASTER = "db/changelog/master.xml";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SuanliDS")
    DataSource dataSource;

    @Inject
    PlatformConfig config;

    private long millis;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        String contexts = config.isDev() ? "prod,dev" : "prod";
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of(Scope.Attr.classLoader.name(), loader), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(loader), database)) {
                    liquibase.update(new Contexts(contexts), new LabelExpression());
                }
            });
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("database migration failed", e);
        } catch (Exception e) {
            throw new IllegalStateException("database migration failed", e);
        }
        millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Suanli database migrated (contexts " + contexts + ") in " + millis + " ms");
    }

    public long millis() {
        return millis;
    }
}
