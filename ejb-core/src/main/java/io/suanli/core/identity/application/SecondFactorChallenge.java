package io.suanli.core.identity.application;

/**
 * What the second-factor page shows: whose login it is and, during an enrolment, the new secret and its
 * otpauth:// URI for the QR code (both null once the user has an authenticator).
 */
public record SecondFactorChallenge(String username, boolean enrolment, String secret, String otpauthUri) {
}
