package io.suanli.core.system.application;

import java.io.Serial;
import java.io.Serializable;

/**
 * The result of checking the audit chain: how many sealed records were checked, how many wait to be sealed, and
 * the first broken link if any ({@code brokenSeq}, with the reason: {@code CHANGED} content or hash,
 * {@code GAP} a missing record).
 */
public record ChainVerification(boolean intact, long checked, long pending, Long brokenSeq, Long brokenId, String reason)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
