package io.suanli.bench;

import io.suanli.it.Http;
import io.suanli.it.ServerTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Quote latency under marketing (#17): {@code POST /api/v1/quotes} for a customer with 50 discounts in force that
 * all match the spec (CUSTOMER scope, half of them exclusive, both policies' work done on every quote) and 10 coupons
 * plus 10 deduction cash coupons granted — without a choice (the discounts), and with a coupon and two cash coupons
 * chosen (the whole checkout chain) — beside the plain anonymous quote of the same spec in the same run (the floor).
 * The discounts are ended afterwards. {@code ./mvnw -B verify -Pbench -pl ear -am -Dit.test=MarketingQuoteBench}.
 */
@ServerTest
@RunAsClient
class MarketingQuoteBench {

    static final int DISCOUNTS = 50;
    static final int COUPONS = 10;
    static final String SPEC = "ma-ded-910b-8";
    static final String PRODUCT = "modelarts-dedicated";

    @Test
    void quoteLatencyWithFiftyDiscountsAndTenCoupons() throws Exception {
        String ops = BenchCustomers.token("ops", "Ops@2026");
        BenchCustomers.Customer c = BenchCustomers.onboard(1, "营销询价压测", "136").get(0);
        String token = BenchCustomers.token(c.username(), BenchCustomers.PASSWORD);
        Http http = new Http();
        List<String> discounts = new ArrayList<>();
        try {
            for (int i = 0; i < DISCOUNTS; i++) {
                String rate = String.format("0.%02d", 99 - i % 20);
                HttpResponse<String> r = http.json("POST", "/api/v1/ops/marketing/discounts", "{\"name\":\"压测折扣" + i + "\",\"scope\":\"CUSTOMER\","
                        + "\"customerId\":\"" + c.id() + "\",\"productCode\":\"" + PRODUCT + "\",\"rate\":\"" + rate + "\",\"exclusive\":" + (i % 2 == 0)
                        + ",\"validFrom\":\"2020-01-01T00:00:00Z\"}", "Authorization", ops);
                check(r, 201);
                discounts.add(Http.parse(r.body()).getString("id"));
            }
            List<String> coupons = grant(http, ops, c, "\"kind\":\"COUPON\",\"amountOff\":\"100.00\",\"threshold\":\"1000.00\"");
            List<String> cash = grant(http, ops, c, "\"kind\":\"DEDUCTION_CASH_COUPON\",\"faceValue\":\"50.00\"");

            String plain = "{\"specCode\":\"" + SPEC + "\",\"nodes\":2,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":3}";
            String chosen = "{\"specCode\":\"" + SPEC + "\",\"nodes\":2,\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":3,\"couponId\":\"" + coupons.get(0)
                    + "\",\"cashCouponIds\":[\"" + cash.get(0) + "\",\"" + cash.get(1) + "\"]}";
            check(http.json("POST", "/api/v1/quotes", chosen, "Authorization", token), 200);
            StringBuilder out = new StringBuilder();
            out.append(QuoteLatencyBench.measure("plain quote (anonymous, no marketing), 1 client", 1, i -> QuoteLatencyBench.post(plain)));
            out.append(QuoteLatencyBench.measure("customer quote, 50 discounts, 1 client", 1, i -> post(plain, token)));
            out.append(QuoteLatencyBench.measure("customer quote, 50 discounts + coupon + 2 cash coupons", 1, i -> post(chosen, token)));
            out.append(QuoteLatencyBench.measure("customer quote, 50 discounts, 8 clients", 8, i -> post(plain, token)));
            BenchCustomers.report("marketing-quote.txt", out.toString());
        } finally {
            for (String d : discounts) {
                http.json("POST", "/api/v1/ops/marketing/discounts/" + d + "/end", "{}", "Authorization", ops);
            }
        }
    }

    private static final ThreadLocal<Http> HTTP = ThreadLocal.withInitial(Http::new);

    static int post(String body, String token) throws Exception {
        return HTTP.get().json("POST", "/api/v1/quotes", body, "Authorization", token).statusCode();
    }

    /** {@code COUPONS} batches of one grant each, granted to the customer; answers the grant ids. */
    static List<String> grant(Http http, String ops, BenchCustomers.Customer c, String fields) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < COUPONS; i++) {
            HttpResponse<String> b = http.json("POST", "/api/v1/ops/marketing/batches", "{\"name\":\"压测券" + i + "-" + c.id() + "\",\"quantity\":1,"
                    + "\"productCode\":\"" + PRODUCT + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\"," + fields + "}",
                    "Authorization", ops);
            check(b, 201);
            HttpResponse<String> g = http.json("POST", "/api/v1/ops/marketing/batches/" + Http.parse(b.body()).getString("id") + "/grants",
                    "{\"customerIds\":[\"" + c.id() + "\"]}", "Authorization", ops);
            check(g, 200);
            ids.add(Http.parse(g.body()).getJsonArray("grantIds").getString(0));
        }
        return ids;
    }

    static void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
    }
}
