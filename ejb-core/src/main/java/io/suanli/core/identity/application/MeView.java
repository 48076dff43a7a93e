package io.suanli.core.identity.application;

import java.util.List;

/** The caller as {@code GET /api/v1/me} shows it. */
public record MeView(String username, String displayName, List<String> roles, Long customerId, boolean customerAdmin,
                     List<String> permissions) {
}
