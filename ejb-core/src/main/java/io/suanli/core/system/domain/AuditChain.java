package io.suanli.core.system.domain;

import io.suanli.core.shared.domain.AuditRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a link of the audit chain: SHA-256 over the sequence number, the id, every field of the record and
 * the previous link's hash. Changing, removing or reordering any sealed record breaks every later link.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, long id, AuditRecord r, String prevHash) {
        String canonical = String.join("\u001f", Long.toString(seq), Long.toString(id),
                Long.toString(r.at().getEpochSecond()), r.actor(), r.actorRoles(), r.action(), r.target(), r.summary(),
                r.ip(), r.userAgent(), r.outcome(), prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
