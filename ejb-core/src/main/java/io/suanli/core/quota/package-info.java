/**
 * Quotas (O3, S4): definitions per product spec, per resource attribute and per user class, each with a platform
 * default, per-customer overrides, and the check every context calls before it adds something that counts.
 */
package io.suanli.core.quota;
