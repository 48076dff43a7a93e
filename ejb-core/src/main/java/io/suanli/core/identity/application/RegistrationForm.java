package io.suanli.core.identity.application;

import java.util.Locale;

/**
 * What a newcomer fills in on the portal (P2). {@code name} is the company name of an enterprise or the person's
 * name; {@code inviteCode} is optional, and so is where the customer is ({@code provinceCode}, {@code cityCode}: GB/T
 * 2260 codes, for REGION discounts; real-name data replaces them when approved).
 */
public record RegistrationForm(String type, String name, String username, char[] password, String mobile, String smsCode,
                               String email, String inviteCode, String provinceCode, String cityCode, boolean termsAccepted,
                               Locale locale) {

    @Override
    public String toString() {
        return "RegistrationForm[" + type + ", " + username + "]";
    }
}
