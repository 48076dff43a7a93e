package io.suanli.core.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/** A spec's place in a family; the strategy is repeated so the database keeps a spec in one family per strategy. */
@Entity
@Table(name = "spec_family_member")
@IdClass(SpecFamilyMember.Key.class)
public class SpecFamilyMember {

    @Id
    @Column(name = "family_id")
    private long familyId;

    @Id
    @Column(name = "spec_id")
    private long specId;

    @Column(name = "strategy_id", nullable = false)
    private long strategyId;

    protected SpecFamilyMember() {
    }

    public SpecFamilyMember(long familyId, long specId, long strategyId) {
        this.familyId = familyId;
        this.specId = specId;
        this.strategyId = strategyId;
    }

    public long familyId() { return familyId; }
    public long specId() { return specId; }
    public long strategyId() { return strategyId; }

    /** The composite key. */
    public static class Key implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public long familyId;
        public long specId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && familyId == k.familyId && specId == k.specId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(familyId, specId);
        }
    }
}
