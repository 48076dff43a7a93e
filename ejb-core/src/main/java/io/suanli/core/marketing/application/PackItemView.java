package io.suanli.core.marketing.application;

import java.io.Serializable;

/** One item of an activity pack as operations see it: the batch, its name and kind, and how many of it one pack grants. */
public record PackItemView(long batchId, String name, String kind, int count) implements Serializable {
}
