package io.suanli.core.usage.application;

/** Takes the files of the SDR inbox directory now (implemented in the batch module, which polls it every minute). */
public interface SdrInboxScanner {

    /** @param all also files changed in the last seconds; returns the new files received */
    int scan(boolean all);
}
