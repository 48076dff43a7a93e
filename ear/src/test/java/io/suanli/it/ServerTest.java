package io.suanli.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A server test: the fresh MariaDB schema and the mailbox ({@link MariaDbDatabase}) before Arquillian starts the
 * managed WildFly (once per run), then the EAR deployed once for the whole run ({@link Platform}). The order of the
 * three matters: the server's batch job repository connects to the database at boot.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({MariaDbDatabase.class, ArquillianExtension.class, Platform.class})
public @interface ServerTest {
}
