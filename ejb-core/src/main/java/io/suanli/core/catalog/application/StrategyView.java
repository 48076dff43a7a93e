package io.suanli.core.catalog.application;

import java.io.Serializable;
import java.util.List;

/** A pricing strategy with its families (each with its spec codes) and all its price versions, newest first. */
public record StrategyView(long id, String code, String nameZh, String nameEn, boolean active, List<FamilyView> families,
                           List<PriceView> prices) implements Serializable {

    /** A spec family and the codes of its specs. */
    public record FamilyView(long id, String code, String nameZh, String nameEn, List<String> specCodes) implements Serializable {
    }
}
