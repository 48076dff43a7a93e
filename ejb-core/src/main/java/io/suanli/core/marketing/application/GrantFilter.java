package io.suanli.core.marketing.application;

import java.io.Serializable;

/**
 * Which customers a grant goes to when operations do not name them (O5): active customers of a type (ENTERPRISE or
 * PERSONAL, any when null), verified only or not, of a province and optionally a city (GB/T 2260 codes). At most
 * {@link BatchService#MAX_GRANT} customers may match; a wider filter is refused whole.
 */
public record GrantFilter(String customerType, Boolean verifiedOnly, String provinceCode, String cityCode) implements Serializable {
}
