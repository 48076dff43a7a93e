package io.suanli.core.system.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The movable business clock of the dev profile ({@code GET|PUT /api/v1/dev/clock}). Outside the dev profile it
 * does not exist: every call answers "not found".
 */
@Stateless
@NoFunction("dev profile only: the movable business clock")
@RolesAllowed(Roles.SYS_ADMIN)
public class DevClockService {

    @Inject
    PlatformClock clock;

    @Inject
    PlatformConfig config;

    public Instant now() {
        requireDev();
        return clock.now();
    }

    @Audited("CLOCK_SET")
    public Instant set(Instant instant) {
        requireDev();
        if (instant == null) {
            clock.reset();
        } else {
            clock.moveTo(instant);
        }
        return clock.now();
    }

    private void requireDev() {
        if (!config.isDev()) {
            throw new NotFoundException("dev.notAvailable");
        }
    }
}
