package io.suanli.core.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users and their login sessions. */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The user whose mobile number has this blind index. */
    Optional<UserAccount> findByMobileIndex(String mobileIdx);

    Optional<UserAccount> findById(long id);

    /**
     * The roles the container checks for this user: the assigned ones, and for each custom staff role the built-in
     * role it is based on (whose console and services it opens; its functions stay those granted to it).
     */
    java.util.Set<String> securityRoles(UserAccount user);

    /** Uses up every password-reset link and code of the account not used yet (its password has just changed). */
    void useUpResetCodes(String targetIdx, Instant at);

    void add(LoginSession session);

    Optional<LoginSession> findSessionByTokenHash(String tokenHash);

    /** ENTERPRISE or PERSONAL. */
    Optional<String> customerType(Long customerId);

    void add(RecoveryCode code);

    List<RecoveryCode> unusedRecoveryCodes(long userId);

    void deleteRecoveryCodes(long userId);

    /** Sessions of a user not yet ended (active ones and those waiting for the second factor). */
    List<LoginSession> unendedSessions(long userId);

    /** Active browser sessions of a user, oldest first. */
    List<LoginSession> activeSessions(long userId, Instant now);
}
