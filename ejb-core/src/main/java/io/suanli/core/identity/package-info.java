/**
 * Identity: customers, users and staff, roles, login sessions and API tokens.
 * Registration, real-name verification, MFA and sub-users come with their own use cases.
 */
package io.suanli.core.identity;
