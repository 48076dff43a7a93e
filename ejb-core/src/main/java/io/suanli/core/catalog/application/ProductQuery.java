package io.suanli.core.catalog.application;

import java.io.Serializable;

/** Filter and sort of the operations product table; null or blank filters match everything. */
public record ProductQuery(String text, String status, String categoryCode, String sortField, boolean ascending)
        implements Serializable {
}
