package io.suanli.web.portal.view.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleBeanTest {

    @Test
    void theLanguageSwitchKeepsTheOtherParameters() {
        assertEquals("?lang=en", LocaleBean.switchQuery(null, "en"));
        assertEquals("?q=910B&lang=zh", LocaleBean.switchQuery("q=910B&lang=en", "zh"));
        assertEquals("?preview=1&lang=en", LocaleBean.switchQuery("lang=zh&preview=1", "en"));
        assertEquals("?next=%2Fproducts%2Fa%2Fbuy%3Fspec%3Ds&lang=en", LocaleBean.switchQuery("next=%2Fproducts%2Fa%2Fbuy%3Fspec%3Ds", "en"));
    }
}
