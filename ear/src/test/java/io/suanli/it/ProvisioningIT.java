package io.suanli.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic provisioning through the HCSO connector against the dev profile's local HCSO simulator (I1, S5): cloud
 * accounts with the secret key never shown, a real connection test, an accepted order opened with no back-fill and its
 * pool deleted in the cloud when the unsubscription is approved, and a cloud that cannot be reached leaving the order
 * in provisioning for operations to back-fill by hand.
 */
@ServerTest
@RunAsClient
class ProvisioningIT {

    final Http http = new Http();
    final OrderIT orders = new OrderIT();

    JsonObject awaitOrder(OrderIT.Customer c, String orderNo, java.util.function.Predicate<JsonObject> done) throws Exception {
        JsonObject o = null;
        for (int i = 0; i < 120; i++) {
            o = OrderIT.ok(http.get("/api/v1/orders/" + orderNo, "Authorization", c.token()));
            if (done.test(o)) {
                return o;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("order did not get there: " + o);
    }

    @Test
    void cloudAccountsKeepTheSecretAndTestTheConnectionForReal() throws Exception {
        String admin = LedgerIT.admin();
        JsonArray list = parse("{\"a\":" + http.get("/api/v1/system/cloud-accounts", "Authorization", admin).body() + "}").getJsonArray("a");
        JsonObject sim = list.stream().map(v -> v.asJsonObject()).filter(a -> a.getString("code").equals("hcso-sim")).findFirst().orElseThrow();
        assertEquals("SIMU****", sim.getString("accessKey"));
        assertFalse(sim.toString().contains("simulator-secret-key"), "the secret key is never shown");
        assertEquals(0, TestUsers.count("select count(*) from cloud_account where secret_key_enc like '%simulator-secret-key%'"),
                "encrypted at rest");
        JsonObject ok = OrderIT.ok(http.json("POST", "/api/v1/system/cloud-accounts/hcso-sim/test", null, "Authorization", admin));
        assertTrue(ok.getBoolean("ok"), ok.toString());

        String body = "{\"name\":\"不可达\",\"accessKey\":\"AKUNREACHABLE0000\",\"projectId\":\"p1\",\"region\":\"cn-x\",\"iamEndpoint\":"
                + "\"http://127.0.0.1:9\",\"modelArtsEndpoint\":\"http://127.0.0.1:9\",\"obsEndpoint\":\"http://127.0.0.1:9\",\"cesEndpoint\":\"http://127.0.0.1:9\"}";
        assertEquals("validation.required", orders.refused(http.json("PUT", "/api/v1/system/cloud-accounts/it-unreachable", body,
                "Authorization", admin)), "a new account needs its secret key");
        assertEquals("cloud.endpointInvalid", orders.refused(http.json("PUT", "/api/v1/system/cloud-accounts/it-unreachable",
                body.replace("\"http://127.0.0.1:9\",\"obsEndpoint", "\"ftp://x\",\"obsEndpoint").replace("}", ",\"secretKey\":\"s\"}"),
                "Authorization", admin)));
        OrderIT.ok(http.json("PUT", "/api/v1/system/cloud-accounts/it-unreachable", body.replace("}", ",\"secretKey\":\"wrong-secret\"}"),
                "Authorization", admin));
        JsonObject refused = OrderIT.ok(http.json("POST", "/api/v1/system/cloud-accounts/it-unreachable/test", null, "Authorization", admin));
        assertFalse(refused.getBoolean("ok"));
        assertEquals("UNREACHABLE", refused.getString("code"), refused.toString());
        assertEquals(403, http.get("/api/v1/system/cloud-accounts", "Authorization", LedgerIT.finance()).statusCode());
    }

    @Test
    void anAcceptedOrderIsOpenedInTheCloudWithNoBackFill() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", null, "2.500000", "IT_MA_SIM", "hcso-sim");
        OrderIT.Customer c = orders.customer("10000.00", "0.00");
        String orderNo = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        OrderIT.ok(orders.pay(c, orderNo));
        JsonObject accepted = OrderIT.ok(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/accept", "{}", "Authorization", TestCatalog.ops()));
        assertEquals("PROVISIONING", accepted.getString("status"));

        JsonObject done = awaitOrder(c, orderNo, o -> o.getString("status").equals("COMPLETED"));
        JsonObject resource = OrderIT.ok(http.get("/api/v1/resources/" + done.getString("resourceId"), "Authorization", c.token()));
        assertEquals("ACTIVE", resource.getString("status"));
        assertTrue(resource.getString("accessUrl").contains("/console/pools/" + resource.getString("resourcePoolId")), resource.toString());
        assertEquals("hcso-sim", resource.getJsonObject("extra").getString("cloudAccount"));
        assertEquals(2, done.getJsonArray("timeline").stream().filter(e -> e.asJsonObject().getString("to").equals("COMPLETED")
                || e.asJsonObject().getString("to").equals("PROVISIONING")).count());
        String pool = "http://127.0.0.1:8089/v2/simulatedproject0000000000000000/pools/" + resource.getString("resourcePoolId");
        java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        assertEquals(200, plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pool)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(), "the pool exists in the cloud");

        // an approved change resizes the pool in the cloud, after commit, and says so on the change order's timeline
        String change = OrderIT.ok(http.json("POST", "/api/v1/resources/" + resource.getString("id") + "/change", "{\"nodes\":3}",
                "Authorization", c.token())).getString("orderNo");
        OrderIT.ok(orders.pay(c, change));
        orders.approve(change);
        JsonObject changed = awaitOrder(c, change, o -> note(o, "cloud: "));
        assertTrue(note(changed, "cloud: 3 × "), changed.toString());
        String inCloud = plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pool)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(inCloud.contains("\"count\":3"), inCloud);
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'RESOURCE_CLOUD_CHANGED' and outcome = 'OK' and target = '"
                + resource.getString("id") + "'"));
        assertEquals("order.notCloudChange", orders.refused(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/retry-cloud-change", null,
                "Authorization", TestCatalog.ops())), "only a change order is applied again");
        OrderIT.ok(http.json("POST", "/api/v1/ops/orders/" + change + "/retry-cloud-change", null, "Authorization", TestCatalog.ops()));
        awaitOrder(c, change, o -> o.getJsonArray("timeline").stream().filter(e -> e.asJsonObject().getString("note", "").startsWith("cloud: 3 × "))
                .count() == 2);
        assertTrue(plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(pool)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body().contains("\"count\":3"), "applying it again changes nothing");

        // unsubscribing gives the pool back to the cloud once approved
        assertEquals(404, unsubscribeAndAwaitGone(c, resource, pool), "the pool is deleted in the cloud");
        String audited = "select count(*) from audit_event where action = 'RESOURCE_CLOUD_RELEASED' and outcome = 'OK' and target = '"
                + resource.getString("id") + "'";
        for (int i = 0; i < 20 && TestUsers.count(audited) == 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(1, TestUsers.count(audited));
    }

    /** Unsubscribes the resource, approves it, and answers the cloud's status for the URL once it is no longer 200. */
    private int unsubscribeAndAwaitGone(OrderIT.Customer c, JsonObject resource, String url) throws Exception {
        String unsubscribe = OrderIT.ok(http.json("POST", "/api/v1/resources/" + resource.getString("id") + "/unsubscribe", null,
                "Authorization", c.token())).getString("orderNo");
        orders.approve(unsubscribe);
        java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        int status = 200;
        for (int i = 0; i < 40 && status == 200; i++) {
            Thread.sleep(250);
            status = plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        return status;
    }

    /** Pays the order, has operations accept it (which opens it in the cloud) and answers it once completed. */
    private JsonObject payAcceptAndAwaitCompleted(OrderIT.Customer c, String orderNo) throws Exception {
        OrderIT.ok(orders.pay(c, orderNo));
        assertEquals("PROVISIONING", OrderIT.ok(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/accept", "{}", "Authorization",
                TestCatalog.ops())).getString("status"));
        return awaitOrder(c, orderNo, o -> o.getString("status").equals("COMPLETED"));
    }

    static boolean note(JsonObject order, String prefix) {
        return order.getJsonArray("timeline").stream().anyMatch(e -> e.asJsonObject().getString("note", "").startsWith(prefix));
    }

    @Test
    void anAcceptedSharedPoolOrderGetsItsOwnWorkspaceWithAQuotaThatFollowsChanges() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "800.00", null, "1.200000", "IT_SHARED_SIM", "hcso-sim");
        OrderIT.ok(http.json("PUT", "/api/v1/ops/catalog/resource-types/IT_SHARED_SIM", "{\"nameZh\":\"测试公共池\",\"nameEn\":\"Test shared pool\","
                + "\"hcsoServiceType\":\"hws.service.type.ma\",\"hcsoResourceType\":\"hws.resource.type.ma.sharedpool\"}", "Authorization",
                TestCatalog.ops()));
        OrderIT.Customer c = orders.customer("10000.00", "0.00");
        String orderNo = OrderIT.ok(orders.order(c, catalog.spec(), 2, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        JsonObject done = payAcceptAndAwaitCompleted(c, orderNo);
        JsonObject resource = OrderIT.ok(http.get("/api/v1/resources/" + done.getString("resourceId"), "Authorization", c.token()));
        JsonObject extra = resource.getJsonObject("extra");
        assertEquals("MA_WORKSPACE", extra.getString("kind"), resource.toString());
        assertEquals("2", extra.getString("quota"));
        String workspace = "http://127.0.0.1:8089/v1/simulatedproject0000000000000000/workspaces/" + resource.getString("resourcePoolId");
        java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> shown = plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(workspace)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shown.statusCode(), "the workspace exists in the cloud");
        assertTrue(shown.body().contains(extra.getString("workspaceName")), shown.body());
        assertTrue(quota(plain, workspace, extra.getString("quotaResource"), 2));

        String change = OrderIT.ok(http.json("POST", "/api/v1/resources/" + resource.getString("id") + "/change", "{\"nodes\":3}",
                "Authorization", c.token())).getString("orderNo");
        OrderIT.ok(orders.pay(c, change));
        orders.approve(change);
        JsonObject changed = awaitOrder(c, change, o -> note(o, "cloud: "));
        assertTrue(note(changed, "cloud: quota"), changed.toString());
        assertTrue(quota(plain, workspace, extra.getString("quotaResource"), 3), "the quota follows the change");

        assertEquals(404, unsubscribeAndAwaitGone(c, resource, workspace), "the workspace is deleted in the cloud");
    }

    /** Whether the simulated workspace's quota of the resource is the value (the quota answer of the cloud). */
    private static boolean quota(java.net.http.HttpClient plain, String workspace, String resource, long value) throws Exception {
        String body = plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(workspace + "/quotas")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return parse(body).getJsonArray("quotas").stream().map(v -> v.asJsonObject())
                .anyMatch(q -> q.getString("resource").equals(resource) && q.getJsonNumber("quota").longValue() == value);
    }

    @Test
    void anAcceptedStorageOrderGetsItsOwnObsBucketWhichIsDeletedWhenItEnds() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "300.00", null, "0.100000", "IT_OBS_SIM", "hcso-sim");
        OrderIT.ok(http.json("PUT", "/api/v1/ops/catalog/resource-types/IT_OBS_SIM", "{\"nameZh\":\"测试桶\",\"nameEn\":\"Test bucket\","
                + "\"hcsoServiceType\":\"hws.service.type.obs\",\"hcsoResourceType\":\"hws.resource.type.obs.bucket\"}", "Authorization", TestCatalog.ops()));
        OrderIT.Customer c = orders.customer("10000.00", "0.00");
        String orderNo = OrderIT.ok(orders.order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        JsonObject done = payAcceptAndAwaitCompleted(c, orderNo);
        JsonObject resource = OrderIT.ok(http.get("/api/v1/resources/" + done.getString("resourceId"), "Authorization", c.token()));
        String bucket = "suanli-" + orderNo.toLowerCase(java.util.Locale.ROOT);
        assertEquals(bucket, resource.getString("resourcePoolId"), "the bucket is named after the order: a retry finds it");
        assertEquals("OBS_BUCKET", resource.getJsonObject("extra").getString("kind"));
        java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.URI url = java.net.URI.create("http://127.0.0.1:8089/" + bucket);
        assertEquals(200, plain.send(java.net.http.HttpRequest.newBuilder(url).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode(), "the bucket exists in the cloud");

        assertEquals(404, unsubscribeAndAwaitGone(c, resource, url.toString()), "the empty bucket is deleted in the cloud");
    }

    @Test
    void aCloudThatCannotBeReachedLeavesTheOrderForOperationsToBackFill() throws Exception {
        String admin = LedgerIT.admin();
        OrderIT.ok(http.json("PUT", "/api/v1/system/cloud-accounts/it-down", "{\"name\":\"宕机\",\"accessKey\":\"AKDOWN000000\",\"secretKey\":\"s\","
                + "\"projectId\":\"p1\",\"region\":\"cn-x\",\"iamEndpoint\":\"http://127.0.0.1:9\",\"modelArtsEndpoint\":\"http://127.0.0.1:9\","
                + "\"obsEndpoint\":\"http://127.0.0.1:9\",\"cesEndpoint\":\"http://127.0.0.1:9\"}", "Authorization", admin));
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", null, "2.500000", "IT_MA_DOWN", "it-down");
        OrderIT.Customer c = orders.customer("10000.00", "0.00");
        String orderNo = OrderIT.ok(orders.order(c, catalog.spec(), 1, "PREPAID_MONTHLY", 1, null)).getString("orderNo");
        OrderIT.ok(orders.pay(c, orderNo));
        assertEquals("PROVISIONING", OrderIT.ok(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/accept", "{}", "Authorization",
                TestCatalog.ops())).getString("status"));

        JsonObject failed = awaitOrder(c, orderNo, o -> o.getJsonArray("timeline").stream()
                .anyMatch(e -> e.asJsonObject().getString("note", "").startsWith("failed:")));
        assertEquals("PROVISIONING", failed.getString("status"), "never stuck in a state nobody can leave");
        assertTrue(failed.getString("reason").contains("UNREACHABLE"), failed.toString());
        HttpResponse<String> byHand = http.json("POST", "/api/v1/ops/orders/" + orderNo + "/provisioned", "{\"resourceInfo\":{\"resourcePoolId\":"
                + "\"pool-by-hand\",\"accessUrl\":\"https://console.hcso.example/pool-by-hand\"}}", "Authorization", TestCatalog.ops());
        assertEquals(200, byHand.statusCode(), byHand.body());
        assertEquals("COMPLETED", parse(byHand.body()).getString("status"));
        assertEquals("order.notProvisioning", orders.refused(http.json("POST", "/api/v1/ops/orders/" + orderNo + "/retry-provisioning", null,
                "Authorization", TestCatalog.ops())));
    }
}
