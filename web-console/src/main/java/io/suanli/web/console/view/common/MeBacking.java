package io.suanli.web.console.view.common;

import io.suanli.core.identity.application.MeService;
import io.suanli.core.identity.application.MeView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user as the core sees them (through the EJB security identity), for the console home pages. */
@Named
@RequestScoped
public class MeBacking {

    @Inject
    MeService meService;

    private MeView me;

    @PostConstruct
    void load() {
        me = meService.me();
    }

    public MeView getMe() {
        return me;
    }
}
