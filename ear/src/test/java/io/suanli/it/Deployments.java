package io.suanli.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The EAR this module builds, deployed as it is: the tests see exactly what production runs. */
public final class Deployments {

    public static final String BASE = "http://127.0.0.1:8080";

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("suanli.ear")));
    }
}
