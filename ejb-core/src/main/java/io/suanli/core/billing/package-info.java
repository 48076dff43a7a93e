/**
 * Billing: each customer's account (cash, credit, frozen, cash coupon, consumption) and the double-entry ledger
 * every movement of money is written to (§8). Later: recharges and payments, charges of orders and usage, bills.
 */
package io.suanli.core.billing;
