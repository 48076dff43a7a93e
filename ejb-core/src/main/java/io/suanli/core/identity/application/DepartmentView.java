package io.suanli.core.identity.application;

import java.io.Serial;
import java.io.Serializable;

/** A department and its parent, for the organization tree. */
public record DepartmentView(long id, Long parentId, String name, long staff) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
