package org.primefaces.csp;

/** A stand-in of PrimeFaces' exception of this name, for WebProtectionTest (the core has no PrimeFaces). */
public class CspException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
