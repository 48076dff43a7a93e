package io.suanli.core.marketing.application;

import java.io.Serializable;
import java.util.List;

/** A manual grant: the grants made (their ids) and the customers skipped because they hold as many as the batch allows. */
public record GrantResult(List<Long> granted, List<Long> skipped) implements Serializable {
}
