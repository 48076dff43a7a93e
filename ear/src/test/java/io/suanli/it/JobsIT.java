package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Batch job control (S7) on MariaDB: the job list for system administrators only, the lease letting exactly one of
 * several concurrent starts run, the published progress, stop and restart through the REST API.
 */
@ServerTest
@RunAsClient
class JobsIT {

    final Http http = new Http();

    static JsonObject execution(Http http, String admin, long id) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/system/jobs/executions/" + id, "Authorization", admin);
        assertEquals(200, r.statusCode(), r.body());
        return parse(r.body());
    }

    /** Waits until the execution has left STARTING/STARTED/STOPPING; answers it. */
    static JsonObject awaitEnd(Http http, String admin, long id) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            JsonObject e = execution(http, admin, id);
            if (!e.getBoolean("running")) {
                return e;
            }
            Thread.sleep(300);
        }
        fail("execution " + id + " still running");
        return null;
    }

    /** Waits until no execution of the job runs (an earlier test's may still be ending). */
    static void awaitIdle(Http http, String admin, String job) throws Exception {
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            HttpResponse<String> r = http.get("/api/v1/system/jobs", "Authorization", admin);
            assertEquals(200, r.statusCode(), r.body());
            boolean running = parse("{\"a\":" + r.body() + "}").getJsonArray("a").stream().map(v -> v.asJsonObject())
                    .anyMatch(j -> j.getString("name").equals(job) && j.getBoolean("running"));
            if (!running) {
                return;
            }
            Thread.sleep(300);
        }
        fail(job + " still running");
    }

    static long start(Http http, String admin, String job, String body) throws Exception {
        awaitIdle(http, admin, job);
        HttpResponse<String> r = http.json("POST", "/api/v1/system/jobs/" + job + "/start", body, "Authorization", admin);
        assertEquals(201, r.statusCode(), r.body());
        return parse(r.body()).getJsonNumber("id").longValue();
    }

    @Test
    void onlySystemAdministratorsSeeAndStartJobs() throws Exception {
        String admin = LedgerIT.admin();
        HttpResponse<String> list = http.get("/api/v1/system/jobs", "Authorization", admin);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray jobs = parse("{\"a\":" + list.body() + "}").getJsonArray("a");
        JsonObject reminders = jobs.stream().map(v -> v.asJsonObject()).filter(j -> j.getString("name").equals("expiry-reminders"))
                .findFirst().orElseThrow();
        assertEquals("daily 02:00", reminders.getString("schedule"));
        assertNotNull(reminders.getString("nextRun"));
        assertTrue(jobs.stream().anyMatch(v -> v.asJsonObject().getString("name").equals("dev-sleep")), "the dev tool in the dev profile");

        assertEquals(401, http.get("/api/v1/system/jobs").statusCode());
        String customer = bearer(TestCustomers.token("customer", "Customer@2026"));
        assertEquals(403, http.get("/api/v1/system/jobs", "Authorization", customer).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/system/jobs/dev-sleep/start", "{}", "Authorization", customer).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/system/jobs/expiry-reminders/start", "{}", "Authorization", TestCatalog.ops()).statusCode());
        assertEquals(403, http.get("/api/v1/system/jobs/expiry-reminders/executions", "Authorization", TestCatalog.ops()).statusCode());

        HttpResponse<String> unknown = http.json("POST", "/api/v1/system/jobs/no-such-job/start", "{}", "Authorization", admin);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("job.unknown", parse(unknown.body()).getString("code"));
        HttpResponse<String> badParam = http.json("POST", "/api/v1/system/jobs/dev-sleep/start", "{\"parameters\":{\"suanli.lease\":\"x\"}}",
                "Authorization", admin);
        assertEquals(400, badParam.statusCode(), badParam.body());
        assertEquals("job.parameterInvalid", parse(badParam.body()).getString("code"));
        assertEquals(404, http.get("/api/v1/system/jobs/executions/987654321", "Authorization", admin).statusCode());
    }

    @Test
    void theLeaseLetsOneOfConcurrentStartsRunThenStopAndRestart() throws Exception {
        String admin = LedgerIT.admin();
        awaitIdle(http, admin, "dev-sleep");
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Callable<HttpResponse<String>> c = () -> {
                    ready.countDown();
                    ready.await();
                    return http.json("POST", "/api/v1/system/jobs/dev-sleep/start", "{\"parameters\":{\"seconds\":\"30\",\"tickMillis\":\"200\"}}", "Authorization", admin);
                };
                answers.add(pool.submit(c));
            }
            List<HttpResponse<String>> started = new ArrayList<>();
            int refused = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 201) {
                    started.add(r);
                } else {
                    assertEquals(409, r.statusCode(), r.body());
                    assertEquals("job.running", parse(r.body()).getString("code"));
                    refused++;
                }
            }
            assertEquals(1, started.size(), "exactly one start wins the lease");
            assertEquals(n - 1, refused);
            long id = parse(started.get(0).body()).getJsonNumber("id").longValue();
            assertEquals(1, TestUsers.count("select count(*) from job_lease where job_name = 'dev-sleep' and holder is not null and execution_id = " + id));

            // while it runs: another start is refused, the progress is published
            HttpResponse<String> again = http.json("POST", "/api/v1/system/jobs/dev-sleep/start", "{}", "Authorization", admin);
            assertEquals(409, again.statusCode(), again.body());
            JsonObject running = null;
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until) {
                running = execution(http, admin, id);
                if (running.containsKey("done") && running.getJsonNumber("done").longValue() >= 2) {
                    break;
                }
                Thread.sleep(300);
            }
            assertEquals("STARTED", running.getString("status"));
            assertEquals(30, running.getJsonNumber("total").longValue());
            assertTrue(running.getInt("percent") > 0 && running.getInt("percent") < 100, running.toString());
            assertEquals("30", running.getJsonObject("parameters").getString("seconds"));
            assertFalse(running.getJsonObject("parameters").containsKey("suanli.lease"), "the lease token is not shown");

            // stop, then restart the stopped execution: a new execution that completes
            HttpResponse<String> stop = http.json("POST", "/api/v1/system/jobs/executions/" + id + "/stop", null, "Authorization", admin);
            assertEquals(200, stop.statusCode(), stop.body());
            JsonObject stopped = awaitEnd(http, admin, id);
            assertEquals("STOPPED", stopped.getString("status"));
            assertTrue(stopped.getBoolean("restartable"));
            HttpResponse<String> stopAgain = http.json("POST", "/api/v1/system/jobs/executions/" + id + "/stop", null, "Authorization", admin);
            assertEquals("job.notStoppable", parse(stopAgain.body()).getString("code"));

            awaitIdle(http, admin, "dev-sleep");
            HttpResponse<String> restart = http.json("POST", "/api/v1/system/jobs/executions/" + id + "/restart", null, "Authorization", admin);
            assertEquals(201, restart.statusCode(), restart.body());
            JsonObject second = parse(restart.body());
            long id2 = second.getJsonNumber("id").longValue();
            assertTrue(id2 > id);
            assertEquals(stopped.getJsonNumber("instanceId").longValue(), second.getJsonNumber("instanceId").longValue(), "same job instance");
            HttpResponse<String> restartRunning = http.json("POST", "/api/v1/system/jobs/executions/" + id + "/restart", null, "Authorization", admin);
            assertTrue(restartRunning.statusCode() == 409 || restartRunning.statusCode() == 400, restartRunning.body());
            JsonObject done = awaitEnd(http, admin, id2);
            assertEquals("COMPLETED", done.getString("status"), done.toString());
            assertEquals(100, done.getInt("percent"));
            assertEquals("30", done.getJsonObject("parameters").getString("seconds"), "restart keeps the parameters");

            awaitIdle(http, admin, "dev-sleep");
            assertEquals(0, TestUsers.count("select count(*) from job_lease where job_name = 'dev-sleep' and holder is not null"),
                    "the listener gave the lease back");
            HttpResponse<String> executions = http.get("/api/v1/system/jobs/dev-sleep/executions?max=5", "Authorization", admin);
            assertEquals(200, executions.statusCode());
            JsonArray list = parse("{\"a\":" + executions.body() + "}").getJsonArray("a");
            assertEquals(id2, list.getJsonObject(0).getJsonNumber("id").longValue(), "newest first");
            assertTrue(TestUsers.count("select count(*) from audit_event where action in ('JOB_START', 'JOB_STOP', 'JOB_RESTART')") >= 3);
        } finally {
            pool.shutdownNow();
        }
    }
}
