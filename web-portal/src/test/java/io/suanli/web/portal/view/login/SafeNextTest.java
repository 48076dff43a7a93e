package io.suanli.web.portal.view.login;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeNextTest {

    static final String HOME = "/console/user/";

    @Test
    void localPathsAreFollowed() {
        assertEquals("/console/user/orders.xhtml?status=PAID", LoginBacking.safeNext("/console/user/orders.xhtml?status=PAID", HOME));
        assertEquals("/products/%E7%AE%97%E5%8A%9B", LoginBacking.safeNext("/products/%E7%AE%97%E5%8A%9B", HOME));
    }

    @Test
    void otherSitesAndTheLoginPageAreNot() {
        for (String next : new String[]{"//evil.example/x", "https://evil.example/", "/\\evil.example", "/login?next=/x", "", " ", null}) {
            assertEquals(HOME, LoginBacking.safeNext(next, HOME), String.valueOf(next));
        }
    }

    @Test
    void rawNonAsciiAndControlCharactersNeverReachTheLocationHeader() {
        for (String next : new String[]{"/console/\u3000", "/console/算力", "/a\r\nSet-Cookie: x=1", "/a\u0000", "/a b", "/a\u007f"}) {
            assertEquals(HOME, LoginBacking.safeNext(next, HOME), next);
        }
    }
}
