/**
 * Helpers shared by the payment adapters: RSA keys and SHA256withRSA signatures, form encoding and sorted
 * {@code key=value&…} sign strings, case-insensitive headers, the channels' Beijing-time formats. Not part of the
 * payment API: callers use {@link io.suanli.integration.payment}.
 */
package io.suanli.integration.payment.support;
