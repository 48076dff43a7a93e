package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.ProductText;

import java.io.Serializable;
import java.util.List;

/** What the product form submits; references by code, so the API and the console fill it the same way. */
public record ProductForm(ProductText text, String categoryCode, String resourceTypeCode, String brandCode, int sortOrder,
                          List<String> scenarioCodes) implements Serializable {
}
