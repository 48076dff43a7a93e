package io.suanli.core.marketing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of an activity pack as stored (table {@code coupon_pack_item}): made with the pack, never edited. */
@Entity
@Table(name = "coupon_pack_item")
public class PackItemRow {

    @Id
    private long id;

    @Column(name = "pack_id", nullable = false, updatable = false)
    private long packId;

    @Column(name = "item_batch_id", nullable = false, updatable = false)
    private long itemBatchId;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int count;

    protected PackItemRow() {
    }

    public PackItemRow(long id, long packId, long itemBatchId, int count) {
        this.id = id;
        this.packId = packId;
        this.itemBatchId = itemBatchId;
        this.count = count;
    }

    public long packId() { return packId; }
    public long itemBatchId() { return itemBatchId; }
    public int count() { return count; }
}
