package io.suanli.web.console.view.common;

import io.suanli.core.shared.domain.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A lazy table model over a service's paged list: {@code source({first, max})} answers one page and the total. */
public final class PagedModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Reads one page: {first, max}. */
    public interface Source<T> extends Function<int[], Page<T>>, Serializable {
    }

    /** The row key of a row. */
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Source<T> source;
    private final Key<T> key;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new int[]{0, 1}).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = source.apply(new int[]{first, pageSize});
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
