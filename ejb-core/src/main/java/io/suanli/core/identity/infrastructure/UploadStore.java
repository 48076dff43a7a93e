package io.suanli.core.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where uploads are kept (outside the web root): {@code suanli.upload.dir}, by default the server's data directory. */
@ApplicationScoped
public class UploadStore {

    @Inject
    @ConfigProperty(name = "suanli.upload.dir")
    Optional<String> configured;

    Path root() {
        return Path.of(configured.orElseGet(() -> System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))
                + "/suanli/uploads"));
    }

    public String save(long id, byte[] data) {
        try {
            Path dir = root().resolve(String.valueOf(id % 1000));
            Files.createDirectories(dir);
            Path file = dir.resolve(String.valueOf(id));
            Files.write(file, data);
            return root().relativize(file).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String relative) {
        try {
            Path file = root().resolve(relative).normalize();
            if (!file.startsWith(root())) {
                throw new IllegalStateException("path outside the upload directory");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
