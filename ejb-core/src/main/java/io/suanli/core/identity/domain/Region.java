package io.suanli.core.identity.domain;

import io.suanli.core.shared.domain.SuanliException;

/**
 * A customer's province and city as administrative division codes (GB/T 2260, six digits): a province ends in
 * "0000" (440000 广东省), a city in it shares its first two digits and ends in "00" (440300 深圳市). The city may be
 * unknown. Real-name data carries the code of the holder's division: a resident ID number's first six digits, a
 * unified social credit code's third to eighth characters.
 */
public record Region(String provinceCode, String cityCode) {

    public Region {
        if (provinceCode == null || !provinceCode.matches("[1-9]\\d0000")) {
            throw new SuanliException("customer.provinceInvalid", String.valueOf(provinceCode));
        }
        if (cityCode != null && (!cityCode.matches("[1-9]\\d{3}00") || cityCode.endsWith("0000")
                || !cityCode.startsWith(provinceCode.substring(0, 2)))) {
            throw new SuanliException("customer.cityInvalid", cityCode, provinceCode);
        }
    }

    /** The region of a six-digit division code (of a county, city or province); null when it is not one. */
    public static Region ofDivision(String code) {
        if (code == null || !code.matches("[1-9]\\d{5}")) {
            return null;
        }
        String province = code.substring(0, 2) + "0000";
        String city = code.substring(2, 4).equals("00") ? null : code.substring(0, 4) + "00";
        try {
            return new Region(province, city);
        } catch (SuanliException e) {
            return null;
        }
    }

    /** The region in a unified social credit code (characters 3–8) or a resident ID number (digits 1–6); null if none. */
    public static Region ofRealName(String creditCode, String idNumber) {
        if (creditCode != null && creditCode.length() == 18) {
            Region r = ofDivision(creditCode.substring(2, 8));
            if (r != null) {
                return r;
            }
        }
        return idNumber != null && idNumber.length() >= 6 ? ofDivision(idNumber.substring(0, 6)) : null;
    }
}
