/**
 * Catalog (O1, P1): categories, cloud resource types mapped to HCSO codes, brands, application scenarios,
 * products and their specs, pricing strategies with spec families and versioned prices, and publishing.
 */
package io.suanli.core.catalog;
