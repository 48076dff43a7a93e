package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.Objects;

/**
 * Whom a discount or coupon is for (SPEC §9): every customer, the customers of one province or city (the region
 * code matches either), one customer, or the customers holding one active contract.
 */
public record Scope(Kind kind, String regionCode, Long customerId, Long contractId) {

    /** The kinds of scope, from the broadest to the narrowest. */
    public enum Kind { PLATFORM, REGION, CUSTOMER, CONTRACT }

    public Scope {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.REGION && (regionCode == null || regionCode.isBlank())) {
            throw new SuanliException("marketing.regionRequired");
        }
        if (kind == Kind.CUSTOMER && customerId == null) {
            throw new SuanliException("marketing.customerRequired");
        }
        if (kind == Kind.CONTRACT && contractId == null) {
            throw new SuanliException("marketing.contractRequired");
        }
    }

    public static Scope platform() {
        return new Scope(Kind.PLATFORM, null, null, null);
    }

    public static Scope region(String provinceOrCityCode) {
        return new Scope(Kind.REGION, provinceOrCityCode, null, null);
    }

    public static Scope customer(Long customerId) {
        return new Scope(Kind.CUSTOMER, null, customerId, null);
    }

    public static Scope contract(Long contractId) {
        return new Scope(Kind.CONTRACT, null, null, contractId);
    }

    public boolean covers(Candidate c) {
        return switch (kind) {
            case PLATFORM -> true;
            case REGION -> regionCode.equals(c.provinceCode()) || regionCode.equals(c.cityCode());
            case CUSTOMER -> customerId.equals(c.customerId());
            case CONTRACT -> c.customerId() != null && c.activeContractIds().contains(contractId);
        };
    }
}
