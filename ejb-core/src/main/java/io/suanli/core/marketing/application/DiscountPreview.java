package io.suanli.core.marketing.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a discount hits, for operations before and after they make it (O5): the specs on shelf its product conditions
 * match (names in the caller's language), and the active customers its scope covers — how many (at most
 * {@link DiscountService#PREVIEW_CUSTOMERS}, {@code more} when there are more) and the names of the first ones.
 */
public record DiscountPreview(List<Spec> specs, int customers, boolean more, List<String> customerNames) implements Serializable {

    public record Spec(String productCode, String productName, String specCode, String specName) implements Serializable {
    }
}
