/**
 * Jakarta Batch jobs (SDR import, monthly bills, expiry reminders) and their schedulers. The job XML lives in
 * META-INF/batch-jobs; the JBeret job repository is the application database (configured in the server).
 */
package io.suanli.batch;
