package io.suanli.web.portal.api;

import io.suanli.core.shared.domain.TooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON body that declares more than {@link #MAX_JSON_BYTES} is refused (413) before a byte of it is read; uploads
 * have their own limit where they are read ({@code VerificationResource}).
 */
@Provider
public class BodyLimitFilter implements ContainerRequestFilter {

    /** No request of the API needs more: the largest (a price list) is a few kilobytes. */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && request.getLength() > MAX_JSON_BYTES) {
            throw new TooLargeException("request.tooLarge", MAX_JSON_BYTES / 1024);
        }
    }
}
