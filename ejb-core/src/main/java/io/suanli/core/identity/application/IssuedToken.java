package io.suanli.core.identity.application;

/** A signed JWT for the REST API and its lifetime in seconds. */
public record IssuedToken(String token, long expiresIn) {
}
