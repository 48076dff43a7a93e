package io.suanli.integration.sms;

/** A text message: the mobile number (mainland China, 11 digits) and the rendered text. */
public record SmsMessage(String mobile, String text) {

    public SmsMessage {
        if (mobile == null || !mobile.matches("1\\d{10}")) {
            throw new IllegalArgumentException("not a mainland mobile number");
        }
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new IllegalArgumentException("SMS text must be 1 to 500 characters");
        }
    }
}
