/**
 * Ordering: quotes (the one price engine every price preview and order uses), later orders, acceptance and
 * resources.
 */
package io.suanli.core.ordering;
