package io.suanli.core.identity.domain;

import java.util.Optional;

/** Users and their login sessions. */
public interface UserRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    void add(LoginSession session);

    Optional<LoginSession> findSessionByTokenHash(String tokenHash);
}
