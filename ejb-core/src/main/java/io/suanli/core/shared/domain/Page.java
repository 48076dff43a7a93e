package io.suanli.core.shared.domain;

import java.util.List;

/** One page of a list and the size of the whole list, for lazy tables. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
