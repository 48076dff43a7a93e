/**
 * SMS through Huawei Cloud Message &amp; SMS: its documented HTTPS API ({@code batchSendSms}, WSSE authentication),
 * the mapping of platform templates to Huawei's registered, positional templates, and the reading of its answers
 * into message ids or classified refusals.
 */
package io.suanli.integration.sms.huawei;
