/**
 * Alipay precreate (当面付, the payer scans our QR code) through the official SDK
 * {@code com.alipay.sdk:alipay-sdk-java}, public key mode with RSA2. SDK types stay in this package.
 */
package io.suanli.integration.payment.alipay;
