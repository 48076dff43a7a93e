package io.suanli.core.identity.infrastructure;

import io.suanli.core.identity.domain.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The common-password blacklist: the 30,000 most frequent passwords of the zxcvbn frequency list (shipped in the
 * zxcvbn4j jar, Maven Central), loaded once.
 */
@ApplicationScoped
public class ShippedCommonPasswords implements PasswordPolicy.CommonPasswords {

    static final String RESOURCE = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> passwords = load();

    @Override
    public boolean contains(String lowerCasePassword) {
        return lowerCasePassword.length() >= 3 && passwords.contains(lowerCasePassword);
    }

    public int size() {
        return passwords.size();
    }

    static Set<String> load() {
        try (InputStream in = ShippedCommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("common-password list missing: " + RESOURCE);
            }
            Set<String> set = new HashSet<>(40_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String p = line.trim();
                    if (!p.isEmpty()) {
                        set.add(p.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
