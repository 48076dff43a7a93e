package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.SuanliException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegionTest {

    @Test
    void aDivisionCodeGivesItsProvinceAndCity() {
        assertEquals(new Region("440000", "440300"), Region.ofDivision("440305"));
        assertEquals(new Region("440000", "440300"), Region.ofDivision("440300"));
        assertEquals(new Region("440000", null), Region.ofDivision("440000"));
        assertEquals(new Region("110000", "110100"), Region.ofDivision("110105"));
        assertNull(Region.ofDivision("04030"));
        assertNull(Region.ofDivision("04a305"));
        assertNull(Region.ofDivision(null));
    }

    @Test
    void realNameDataCarriesTheDivisionCreditCodeFirst() {
        // a unified social credit code: characters 3–8 are the registering authority's division (here 440300 深圳市)
        assertEquals(new Region("440000", "440300"), Region.ofRealName("91440300MA5EXAMPLE", "110105199001011234"));
        // a person: the ID number's first six digits
        assertEquals(new Region("110000", "110100"), Region.ofRealName(null, "110105199001011234"));
        assertNull(Region.ofRealName(null, null));
    }

    @Test
    void badCodesAreRefusedWithTheirKeys() {
        assertEquals("customer.provinceInvalid", assertThrows(SuanliException.class, () -> new Region("440300", null)).key());
        assertEquals("customer.provinceInvalid", assertThrows(SuanliException.class, () -> new Region(null, "440300")).key());
        assertEquals("customer.cityInvalid", assertThrows(SuanliException.class, () -> new Region("440000", "110100")).key());
        assertEquals("customer.cityInvalid", assertThrows(SuanliException.class, () -> new Region("440000", "440000")).key());
        assertEquals("customer.cityInvalid", assertThrows(SuanliException.class, () -> new Region("440000", "440301")).key());
    }
}
