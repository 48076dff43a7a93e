package io.suanli.core.shared.domain;

/** How personal data is shown on screen: enough to recognise, not enough to use. */
public final class Masking {

    private Masking() {
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return stars(mobile);
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }

    /** An 18-digit ID card number keeps its region (3) and last 4: {@code 110***********1234}. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return stars(id);
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }

    /** {@code zhangsan@example.com} → {@code z***@example.com}. */
    public static String email(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return stars(email);
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** {@code 张三丰} → {@code 张**}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** A bank account keeps its last 4 digits: {@code 6222021234567890} → {@code ************7890}. */
    public static String account(String account) {
        if (account == null || account.length() < 8) {
            return stars(account);
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    /** A mailing address keeps its first 6 characters (the province and city, as a rule): {@code 北京市海淀区中关村…} → {@code 北京市海淀区***}. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return "";
        }
        int n = address.codePointCount(0, address.length());
        return n <= 6 ? name(address) : address.substring(0, address.offsetByCodePoints(0, 6)) + "***";
    }

    private static String stars(String s) {
        return s == null ? "" : "*".repeat(s.length());
    }
}
