/**
 * The shared kernel: money, time, identifiers, the business exception, request context and the audit interceptor.
 * Every bounded context may use it; it depends on no other context.
 */
package io.suanli.core.shared;
