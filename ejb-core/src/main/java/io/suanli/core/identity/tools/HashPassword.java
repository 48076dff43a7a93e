package io.suanli.core.identity.tools;

import io.suanli.core.identity.domain.PasswordHasher;

/** Command line: prints the PBKDF2 hash of each password given (used to seed the demo accounts). */
public final class HashPassword {

    private HashPassword() {
    }

    /** Prints a hash for the password given as argument (used to seed the demo accounts). */
    public static void main(String[] args) {
        for (String a : args) {
            System.out.println(a + " " + PasswordHasher.hash(a.toCharArray()));
        }
    }
}
