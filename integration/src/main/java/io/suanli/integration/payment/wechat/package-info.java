/**
 * WeChat Pay Native (QR code), API v3, through the official SDK {@code com.github.wechatpay-apiv3:wechatpay-java}.
 * SDK types stay in this package.
 */
package io.suanli.integration.payment.wechat;
