package io.suanli.core.shared.application;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishIsSelectable() {
        assertEquals("用户名或密码错误。", Messages.get(Locale.SIMPLIFIED_CHINESE, "auth.badCredentials"));
        assertEquals("用户名或密码错误。", Messages.get(null, "auth.badCredentials"));
        assertEquals("Wrong username or password.", Messages.get(Locale.ENGLISH, "auth.badCredentials"));
        assertEquals("用户名或密码错误。", Messages.get(Locale.GERMAN, "auth.badCredentials"));
    }

    @Test
    void argumentsAreFormatted() {
        assertEquals("Amounts have at most two decimals: 1.001", Messages.get(Locale.ENGLISH, "money.tooManyDecimals", "1.001"));
    }

    @Test
    void unknownKeysShowTheKey() {
        assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(load("errors.properties").keySet(), load("errors_en.properties").keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/suanli/core/shared/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
