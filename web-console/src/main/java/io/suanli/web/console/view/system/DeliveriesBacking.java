package io.suanli.web.console.view.system;

import io.suanli.core.shared.domain.Page;
import io.suanli.core.system.application.DeliveryView;
import io.suanli.core.system.application.MessageAdminService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /console/system/messages.xhtml}: the delivery log, the SMS outbox of the dev profile; content shown on request. */
@Named
@ViewScoped
public class DeliveriesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient MessageAdminService admin;

    private String channel;
    private String revealed;

    private final LazyDataModel<DeliveryView> rows = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) admin.deliveries(channel, null, 0, 1).total();
        }

        @Override
        public List<DeliveryView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<DeliveryView> page = admin.deliveries(channel, null, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(DeliveryView d) {
            return String.valueOf(d.id());
        }
    };

    public void reveal(DeliveryView d) {
        revealed = admin.reveal(d.id());
    }

    public LazyDataModel<DeliveryView> getRows() { return rows; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getRevealed() { return revealed; }
}
