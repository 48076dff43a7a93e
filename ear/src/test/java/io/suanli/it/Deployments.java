package io.suanli.it;

/** Where the platform under test answers: the one WildFly of the server tests ({@link Platform}). */
public final class Deployments {

    public static final String BASE = "http://127.0.0.1:8080";

    private Deployments() {
    }
}
