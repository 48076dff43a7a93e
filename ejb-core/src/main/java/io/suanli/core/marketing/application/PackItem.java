package io.suanli.core.marketing.application;

import java.io.Serializable;

/** One item of an activity pack: a coupon or deduction cash coupon batch, and how many of it one pack grants (1 to 10). */
public record PackItem(Long batchId, Integer count) implements Serializable {
}
