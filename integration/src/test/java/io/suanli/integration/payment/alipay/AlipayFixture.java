package io.suanli.integration.payment.alipay;

import io.suanli.integration.payment.support.Forms;
import io.suanli.integration.payment.support.Rsa;

import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Alipay application and "Alipay" itself, with keys made at test time. */
final class AlipayFixture {

    static final String APP_ID = "2021000122600001";

    final KeyPair appKeys = Rsa.generateKeyPair();
    final KeyPair alipayKeys = Rsa.generateKeyPair();

    AlipayConfig config(URI gateway) {
        // the private key as bare Base64 (as Alipay's key tool gives it), Alipay's public key as PEM: both are accepted
        return new AlipayConfig(APP_ID, Rsa.base64(appKeys.getPrivate()), Rsa.pem(alipayKeys.getPublic()), gateway);
    }

    /** The fields of a trade_status_sync notification, as Alipay documents them. */
    static Map<String, String> notificationFields(String outTradeNo, String totalAmount, String tradeStatus) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("gmt_create", "2026-07-01 10:14:02");
        fields.put("charset", "UTF-8");
        fields.put("gmt_payment", "2026-07-01 10:15:30");
        fields.put("notify_time", "2026-07-01 10:15:31");
        fields.put("subject", "算力充值");
        fields.put("buyer_id", "2088102177846880");
        fields.put("invoice_amount", totalAmount);
        fields.put("version", "1.0");
        fields.put("notify_id", "2026070100222101530046881000000001");
        fields.put("fund_bill_list", "[{\"amount\":\"" + totalAmount + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        fields.put("notify_type", "trade_status_sync");
        fields.put("out_trade_no", outTradeNo);
        fields.put("total_amount", totalAmount);
        fields.put("trade_status", tradeStatus);
        fields.put("trade_no", "2026070122001446881000000001");
        fields.put("auth_app_id", APP_ID);
        fields.put("receipt_amount", totalAmount);
        fields.put("point_amount", "0.00");
        fields.put("app_id", APP_ID);
        fields.put("buyer_pay_amount", totalAmount);
        fields.put("seller_id", "2088102177649450");
        return fields;
    }

    /** Signs the fields the way Alipay signs notifications: RSA2 over the sorted fields without sign and sign_type. */
    static Map<String, String> signed(Map<String, String> fields, PrivateKey key) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("sign", Rsa.sign(key, Forms.signString(fields, List.of("sign", "sign_type"), true)));
        signed.put("sign_type", "RSA2");
        return signed;
    }

    Map<String, String> signed(Map<String, String> fields) {
        return signed(fields, alipayKeys.getPrivate());
    }

    /** An answer of the gateway: the response node and Alipay's RSA2 signature over exactly its text. */
    String answer(String method, String node) {
        String root = method.replace('.', '_') + "_response";
        return "{\"" + root + "\":" + node + ",\"sign\":\"" + Rsa.sign(alipayKeys.getPrivate(), node) + "\"}";
    }
}
