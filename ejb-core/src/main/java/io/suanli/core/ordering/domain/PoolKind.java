package io.suanli.core.ordering.domain;

/**
 * Which kind of capacity a product's consumption counts as in the resource monitoring overview (U9), decided by the
 * HCSO resource type of the product's resource type:
 * <ul>
 *     <li>{@code hws.resource.type.ma.sharedpool} (and any other HCSO resource type ending in {@code .sharedpool}):
 *     {@link #SHARED} — a ModelArts shared (public) resource pool;</li>
 *     <li>{@code hws.resource.type.ma.pool} (and any other ending in {@code .pool}): {@link #DEDICATED} — a dedicated
 *     resource pool;</li>
 *     <li>everything else (OBS, HPC, a product no longer in the catalog): {@link #OTHER}.</li>
 * </ul>
 */
public enum PoolKind {
    SHARED, DEDICATED, OTHER;

    public static PoolKind of(String hcsoResourceType) {
        if (hcsoResourceType == null) {
            return OTHER;
        }
        String t = hcsoResourceType.trim();
        if (t.endsWith(".sharedpool")) {
            return SHARED;
        }
        if (t.endsWith(".pool")) {
            return DEDICATED;
        }
        return OTHER;
    }
}
