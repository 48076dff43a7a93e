/**
 * Marketing (O5, U3, SPEC §9): discounts and the stacking policy with its floor, coupons, deduction cash coupons,
 * and the checkout chain list → discounts → coupon → deduction cash coupons → payable with its price breakdown.
 */
package io.suanli.core.marketing;
