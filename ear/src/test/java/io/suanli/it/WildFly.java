package io.suanli.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly process of the tests: a server base directory of its own (the provisioned configuration and this module's
 * EAR in its deployment folder, nothing else), started from the provisioned server with {@code standalone.sh}, ready
 * when the platform answers and the deployment scanner reports the EAR deployed. The server tests share one of these
 * ({@link Platform}); the kill -9 tests drive their own at a port offset.
 */
public final class WildFly {

    private final Path base;
    private final int offset;
    private final String node;
    private final Map<String, String> env;
    private Process process;

    public WildFly(Path base, int offset, String node, Map<String, String> env) {
        this.base = base.toAbsolutePath();
        this.offset = offset;
        this.node = node;
        this.env = Map.copyOf(env);
    }

    public Path base() {
        return base;
    }

    public String url() {
        return "http://127.0.0.1:" + (8080 + offset);
    }


    /** A fresh base directory: the provisioned configuration and the EAR, nothing else. */
    public void prepare() throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        if (Files.exists(base)) {
            try (Stream<Path> w = Files.walk(base)) {
                w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path config = base.resolve("configuration");
        Files.createDirectories(config);
        try (Stream<Path> s = Files.list(home.resolve("standalone").resolve("configuration"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, config.resolve(p.getFileName()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("suanli.ear")), base.resolve("deployments").resolve("suanli.ear"));
    }

    /** Starts the server and waits (polling) until the EAR is deployed and the catalog answers. */
    public void start(Duration timeout) throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        Files.deleteIfExists(base.resolve("deployments").resolve("suanli.ear.failed"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset, "-Djboss.node.name=" + node)
                .redirectErrorStream(true).redirectOutput(base.resolve("console.out").toFile());
        pb.environment().putAll(env);
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        pb.environment().put("JBOSS_PIDFILE", base.resolve("server.pid").toString());
        process = pb.start();
        Http http = new Http(url());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(base.resolve("deployments").resolve("suanli.ear.failed"))) {
                throw new AssertionError("the EAR did not deploy: " + Files.readString(base.resolve("deployments").resolve("suanli.ear.failed"))
                        + "; see " + base.resolve("log").resolve("server.log"));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server " + node + " stopped; see " + base.resolve("console.out"));
            }
            try {
                HttpResponse<String> r = http.get("/api/v1/catalog/products");
                if (r.statusCode() == 200 && Files.exists(base.resolve("deployments").resolve("suanli.ear.deployed"))) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server " + node + " did not answer within " + timeout + "; see " + base.resolve("console.out"));
    }

    /** Whether the process this started is alive. */
    public boolean running() {
        return process != null && process.isAlive();
    }

    /** SIGKILL to the server's JVM ({@code hard}), or a normal stop (SIGTERM: a graceful shutdown). */
    public void stop(boolean hard) throws Exception {
        if (process == null) {
            return;
        }
        Path pidFile = base.resolve("server.pid");
        List<ProcessHandle> all = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(p -> end(p, hard));
        }
        for (ProcessHandle p : all) {
            end(p, hard);
        }
        for (ProcessHandle p : all) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
        process = null;
    }

    private static void end(ProcessHandle p, boolean hard) {
        if (hard) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
    }
}
