package io.suanli.it;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/**
 * The platform under test, deployed once for the whole run. Arquillian starts the provisioned WildFly once per run
 * (its managed container); before the first server test class runs, this extension (registered after Arquillian's by
 * {@link ServerTest}) deploys this module's EAR through the management API.
 * The EAR stays deployed until the container stops at the end of the run: test classes isolate themselves by their own
 * data (fresh customers, unique codes), never by redeploying.
 */
public final class Platform implements BeforeAllCallback {

    private static volatile boolean deployed;
    private static volatile IllegalStateException failed;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Platform.class) {
            if (failed != null) {
                throw failed; // once is enough: every later class fails at once with the same reason
            }
            if (deployed) {
                return;
            }
            try {
                deploy(Path.of(System.getProperty("suanli.ear")).toAbsolutePath());
            } catch (IllegalStateException e) {
                failed = e;
                throw e;
            }
            deployed = true;
        }
    }

    /** The EAR as an unmanaged deployment (read in place, not copied), enabled at once; waits until it is up. */
    private static void deploy(Path ear) throws Exception {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 9990)) {
            ModelNode address = Operations.createAddress("deployment", "suanli.ear");
            ModelNode read = client.execute(Operations.createReadResourceOperation(address));
            if (Operations.isSuccessfulOutcome(read)) {
                throw new IllegalStateException("suanli.ear is deployed already: the server tests need a server of their own");
            }
            ModelNode add = Operations.createAddOperation(address);
            ModelNode content = new ModelNode();
            content.get("path").set(ear.toString());
            content.get("archive").set(true);
            add.get("content").add(content);
            add.get("enabled").set(true);
            ModelNode result = client.execute(add);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException("the EAR did not deploy: " + result
                        + "; see " + base().resolve("log").resolve("server.log"));
            }
        }
    }

    /** The server base directory (its {@code data} and {@code log} folders). */
    public static Path base() {
        return Path.of(System.getProperty("jboss.home"), "standalone");
    }
}
