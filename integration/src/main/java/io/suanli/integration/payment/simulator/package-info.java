/**
 * The payment simulator of the dev profile and the tests: a channel that lives in memory, shows a local pay page
 * (built by the web module at {@code /pay/simulator/{orderNumber}}), and on "pay" posts a signed notification to the
 * notify URL with retries, exactly as a real channel would.
 */
package io.suanli.integration.payment.simulator;
