package io.suanli.web.console.view.ops;

import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.identity.application.VerificationView;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** {@code /console/ops/verifications.xhtml}: the review queue of real-name verifications (U1, O2). */
@Named
@ViewScoped
public class VerificationQueueBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RealNameVerificationService verifications;

    @Inject
    transient ConsoleBean console;

    private String status = "SUBMITTED";
    private VerificationView selected;
    private String reason;

    private final LazyDataModel<VerificationView> rows = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) verifications.queue(status, 0, 1).total();
        }

        @Override
        public List<VerificationView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<VerificationView> page = verifications.queue(status, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(VerificationView v) {
            return String.valueOf(v.id());
        }
    };

    public void select(VerificationView v) {
        selected = v;
        reason = null;
    }

    public void approve() {
        try {
            verifications.approve(selected.id());
            done("verification.approved");
        } catch (SuanliException e) {
            error(e);
        }
    }

    public void reject() {
        try {
            verifications.reject(selected.id(), reason);
            done("verification.rejected");
        } catch (SuanliException e) {
            error(e);
        }
    }

    private void done(String key) {
        String text = MessageFormat.format(ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale())
                .getString(key), selected.customerName());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        selected = null;
    }

    private void error(SuanliException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e), null));
    }

    public LazyDataModel<VerificationView> getRows() { return rows; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public VerificationView getSelected() { return selected; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
