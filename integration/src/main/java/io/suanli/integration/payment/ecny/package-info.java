/**
 * e-CNY (数字人民币) merchant payment. Merchants take e-CNY through an operating institution (运营机构, one of the
 * banks), each with its own merchant API; there is no public common specification and no SDK on Maven Central. The
 * adapter speaks a JSON shape modelled on what those APIs publicly share, all of it marked as assumed on
 * {@link io.suanli.integration.payment.ecny.EcnyGateway}; adapting it to the chosen institution is a matter of field
 * names and paths.
 */
package io.suanli.integration.payment.ecny;
