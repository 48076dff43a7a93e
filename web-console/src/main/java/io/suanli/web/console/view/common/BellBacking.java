package io.suanli.web.console.view.common;

import io.suanli.core.system.application.NotificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The bell of every console page: unread notifications of the user and the latest ten. */
@Named("bell")
@RequestScoped
public class BellBacking {

    @Inject
    NotificationService notifications;

    private Long unread;
    private List<NotificationService.Item> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    public List<NotificationService.Item> getLatest() {
        if (latest == null) {
            latest = notifications.latest(10);
        }
        return latest;
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = 0L;
        latest = null;
    }
}
