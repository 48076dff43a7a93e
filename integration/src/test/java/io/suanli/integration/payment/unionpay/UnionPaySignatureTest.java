package io.suanli.integration.payment.unionpay;

import io.suanli.integration.payment.support.Rsa;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnionPaySignatureTest {

    private static final KeyPair keys = Rsa.generateKeyPair();

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "5.1.0");
        fields.put("txnAmt", "8880");
        fields.put("orderId", "R202607010003");
        fields.put("currencyCode", "156");
        fields.put("reqReserved", "");
        fields.put("merId", "777290058110048");
        return fields;
    }

    @Test
    void signatureIsRsaSha256OverTheHexSha256OfTheSortedFields() throws Exception {
        String data = "currencyCode=156&merId=777290058110048&orderId=R202607010003&reqReserved=&txnAmt=8880"
                + "&version=5.1.0";
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(data.getBytes(StandardCharsets.UTF_8)));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(hex.getBytes(StandardCharsets.UTF_8));

        assertEquals(Base64.getEncoder().encodeToString(rsa.sign()), UnionPaySignature.sign(fields(), keys.getPrivate()));
    }

    @Test
    void signedFieldsVerify() {
        Map<String, String> fields = fields();
        fields.put("signature", UnionPaySignature.sign(fields, keys.getPrivate()));

        assertTrue(UnionPaySignature.verify(fields, keys.getPublic()));
    }

    @Test
    void tamperedAmountDoesNotVerify() {
        Map<String, String> fields = fields();
        fields.put("signature", UnionPaySignature.sign(fields, keys.getPrivate()));
        fields.put("txnAmt", "888000");

        assertFalse(UnionPaySignature.verify(fields, keys.getPublic()));
    }

    @Test
    void otherKeyOrNoSignatureDoesNotVerify() {
        Map<String, String> fields = fields();
        fields.put("signature", UnionPaySignature.sign(fields, Rsa.generateKeyPair().getPrivate()));
        Map<String, String> unsigned = fields();

        assertFalse(UnionPaySignature.verify(fields, keys.getPublic()));
        assertFalse(UnionPaySignature.verify(unsigned, keys.getPublic()));
    }

    @Test
    void answersWithBracedValuesAreSplitAtTheTopLevelOnly() {
        Map<String, String> answer = UnionPayMessages.parseAnswer(
                "respCode=00&reqReserved={a=1&b=2}&qrCode=https://qr.95516.com/00010000/0123&signature=x==");

        assertEquals("00", answer.get("respCode"));
        assertEquals("{a=1&b=2}", answer.get("reqReserved"));
        assertEquals("https://qr.95516.com/00010000/0123", answer.get("qrCode"));
        assertEquals("x==", answer.get("signature"));
    }
}
