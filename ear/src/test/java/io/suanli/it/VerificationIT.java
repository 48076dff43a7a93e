package io.suanli.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real-name verification (U1): uploads checked by content, IDs by check digit, review by operations, tenant isolation. */
@ServerTest
@RunAsClient
class VerificationIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
    static final String CREDIT_CODE = "91350100M000100Y43";
    static final String ID = "11010519491231002X";

    final Http http = new Http();

    static HttpResponse<String> upload(String bearer, byte[] content, String contentType) throws Exception {
        return upload(bearer, content, contentType, "licence.png");
    }

    static HttpResponse<String> upload(String bearer, byte[] content, String contentType, String fileName) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(Deployments.BASE + "/api/v1/verification/licence"))
                .header("Authorization", bearer).header("Content-Type", contentType).header("X-File-Name", fileName)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> submitEnterprise(TestCustomers.Registered c, String creditCode, String id, String fileId) throws Exception {
        return http.json("POST", "/api/v1/verification", "{\"company\":\"星河智算科技有限公司\",\"creditCode\":\"" + creditCode
                + "\",\"legalRepName\":\"李四\",\"legalRepId\":\"" + id + "\"" + (fileId == null ? "" : ",\"licenceFileId\":\"" + fileId + "\"") + "}",
                "Authorization", c.bearer());
    }

    static String ops() throws Exception {
        return bearer(TestCustomers.token("ops", "Ops@2026"));
    }

    @Test
    void enterpriseSubmitsOperationsApprovesAndTheCustomerIsVerifiedAndNotified() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("ENTERPRISE");
        String fileId = parse(upload(c.bearer(), PNG, "image/png").body()).getString("fileId");
        HttpResponse<String> submitted = submitEnterprise(c, CREDIT_CODE.toLowerCase(), ID.toLowerCase(), fileId);
        assertEquals(201, submitted.statusCode(), submitted.body());
        JsonObject v = parse(submitted.body());
        assertEquals("SUBMITTED", v.getString("status"));
        assertEquals("110***********002X", v.getString("idNumber"), "masked");
        assertEquals(CREDIT_CODE, v.getString("creditCode"), "normalised");
        assertEquals(0, TestUsers.count("select count(*) from real_name_verification where id_number_enc like '%1949%'"), "encrypted");

        JsonObject queue = parse(http.get("/api/v1/ops/verifications", "Authorization", ops()).body());
        assertTrue(queue.getJsonArray("rows").stream().anyMatch(r -> r.asJsonObject().getString("id").equals(v.getString("id"))));
        HttpResponse<String> approved = http.json("POST", "/api/v1/ops/verifications/" + v.getString("id") + "/approve", null,
                "Authorization", ops());
        assertEquals("APPROVED", parse(approved.body()).getString("status"), approved.body());
        assertEquals(1, TestUsers.count("select count(*) from customer c join user_account u on u.customer_id = c.id where u.username = '"
                + c.username() + "' and c.verified = true"));
        assertEquals(1, TestUsers.count("select count(*) from notification n join user_account u on u.id = n.user_id where u.username = '"
                + c.username() + "' and n.title = '实名认证已通过'"));
        assertEquals(1, TestUsers.count("select count(*) from message_delivery d join user_account u on u.id = d.user_id where u.username = '"
                + c.username() + "' and d.channel = 'SMS' and d.template_code = 'VERIFICATION_APPROVED'"));
        assertEquals(1, TestUsers.count("select count(*) from audit_event where action = 'VERIFICATION_APPROVE' and actor = 'ops' and target = '"
                + v.getString("id") + "'"));
        HttpResponse<String> again = http.json("POST", "/api/v1/ops/verifications/" + v.getString("id") + "/approve", null, "Authorization", ops());
        assertEquals("verification.illegalTransition", parse(again.body()).getString("code"));
    }

    @Test
    void uploadsAreJudgedByTheirContent() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("ENTERPRISE");
        HttpResponse<String> exe = upload(c.bearer(), EXE, "image/jpeg");
        assertEquals(400, exe.statusCode());
        assertEquals("upload.typeRefused", parse(exe.body()).getString("code"));
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        assertEquals("upload.tooLarge", parse(upload(c.bearer(), big, "image/png").body()).getString("code"));
        assertEquals("upload.empty", parse(upload(c.bearer(), new byte[0], "image/png").body()).getString("code"));
    }

    @Test
    void onlyTheCustomersAdministratorSeesItsVerificationMaterials() throws Exception {
        TestCustomers.Registered admin = TestCustomers.register("ENTERPRISE");
        String fileId = parse(upload(admin.bearer(), PNG, "image/png").body()).getString("fileId");
        String sub = RegistrationIT.newUsername();
        HttpResponse<String> created = http.json("POST", "/api/v1/sub-users", "{\"username\":\"" + sub + "\",\"displayName\":\"采购小李\",\"password\":\""
                + TestUsers.PASSWORD + "\",\"permissions\":[\"VIEW_RESOURCES\",\"ORDER\",\"PAY\",\"VIEW_BILLING\"]}", "Authorization", admin.bearer());
        assertEquals(201, created.statusCode(), created.body());
        String subBearer = bearer(TestCustomers.token(sub, TestUsers.PASSWORD));
        assertEquals(404, http.get("/api/v1/files/" + fileId, "Authorization", subBearer).statusCode(), "a sub-user never downloads the licence");
        HttpResponse<String> subUpload = upload(subBearer, PNG, "image/png");
        assertEquals(403, subUpload.statusCode(), subUpload.body());
        assertEquals("verification.adminOnly", parse(subUpload.body()).getString("code"));
        assertEquals(200, http.get("/api/v1/files/" + fileId, "Authorization", admin.bearer()).statusCode());
    }

    @Test
    void anUploadKeepsOnlyADisplayNameWhateverTheClientSends() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("ENTERPRISE");
        for (String[] sent : new String[][]{{"/", "file"}, {"../../etc/passwd", "passwd"}, {"C:\\scans\\scan 2026.png", "scan 2026.png"}, {"..", "file"}}) {
            HttpResponse<String> r = upload(c.bearer(), PNG, "image/png", sent[0]);
            assertEquals(200, r.statusCode(), sent[0] + ": " + r.body());
            String id = parse(r.body()).getString("fileId");
            assertEquals(sent[1], TestUsers.string("select file_name from uploaded_file where id = " + id), sent[0]);
        }
        byte[] pdf = "%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String pdfId = parse(upload(c.bearer(), pdf, "application/pdf", "licence scan.pdf").body()).getString("fileId");
        HttpResponse<String> got = http.get("/api/v1/files/" + pdfId, "Authorization", c.bearer());
        assertEquals(200, got.statusCode());
        assertTrue(got.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), "a PDF never opens inline");
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> image = http.get("/api/v1/files/" + parse(upload(c.bearer(), PNG, "image/png").body()).getString("fileId"),
                "Authorization", c.bearer());
        assertEquals("inline", image.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void aCustomerNeverSeesAnotherCustomersFile() throws Exception {
        TestCustomers.Registered a = TestCustomers.register("ENTERPRISE");
        TestCustomers.Registered b = TestCustomers.register("ENTERPRISE");
        String fileId = parse(upload(a.bearer(), PNG, "image/png").body()).getString("fileId");
        assertEquals(200, http.get("/api/v1/files/" + fileId, "Authorization", a.bearer()).statusCode());
        assertEquals(404, http.get("/api/v1/files/" + fileId, "Authorization", b.bearer()).statusCode());
        assertEquals(200, http.get("/api/v1/files/" + fileId, "Authorization", ops()).statusCode());
        assertEquals(401, http.get("/api/v1/files/" + fileId).statusCode());
        HttpResponse<String> foreign = submitEnterprise(b, CREDIT_CODE, ID, fileId);
        assertEquals("verification.licenceRequired", parse(foreign.body()).getString("code"), "B cannot use A's licence");
    }

    @Test
    void wrongCheckDigitsDoubleSubmissionsAndTheWrongKindAreRefused() throws Exception {
        TestCustomers.Registered p = TestCustomers.register("PERSONAL");
        HttpResponse<String> badId = http.json("POST", "/api/v1/verification", "{\"name\":\"张三\",\"idNumber\":\"110105194912310021\"}",
                "Authorization", p.bearer(), "Accept-Language", "en");
        assertEquals("verification.idNumberInvalid", parse(badId.body()).getString("code"));
        assertEquals("The ID card number is not valid (check its last character).", parse(badId.body()).getString("message"));
        assertEquals(201, http.json("POST", "/api/v1/verification", "{\"name\":\"张三\",\"idNumber\":\"" + ID + "\"}",
                "Authorization", p.bearer()).statusCode());
        assertEquals("verification.pending", parse(http.json("POST", "/api/v1/verification",
                "{\"name\":\"张三\",\"idNumber\":\"" + ID + "\"}", "Authorization", p.bearer()).body()).getString("code"));
        assertEquals("verification.wrongKind", parse(submitEnterprise(p, CREDIT_CODE, ID, "1").body()).getString("code"));

        TestCustomers.Registered e = TestCustomers.register("ENTERPRISE");
        String fileId = parse(upload(e.bearer(), PNG, "image/png").body()).getString("fileId");
        assertEquals("verification.creditCodeInvalid", parse(submitEnterprise(e, "91350100M000100Y44", ID, fileId).body()).getString("code"));
        assertEquals("verification.licenceRequired", parse(submitEnterprise(e, CREDIT_CODE, ID, null).body()).getString("code"));
    }

    @Test
    void aRejectionNeedsAReasonAndTheCustomerMaySubmitAgain() throws Exception {
        TestCustomers.Registered p = TestCustomers.register("PERSONAL");
        String id = parse(http.json("POST", "/api/v1/verification", "{\"name\":\"张三\",\"idNumber\":\"" + ID + "\"}",
                "Authorization", p.bearer()).body()).getString("id");
        HttpResponse<String> noReason = http.json("POST", "/api/v1/ops/verifications/" + id + "/reject", "{\"reason\":\" \"}", "Authorization", ops());
        assertEquals("validation.required", parse(noReason.body()).getString("code"));
        HttpResponse<String> rejected = http.json("POST", "/api/v1/ops/verifications/" + id + "/reject", "{\"reason\":\"姓名与证件不符\"}",
                "Authorization", ops());
        assertEquals("REJECTED", parse(rejected.body()).getString("status"));
        JsonObject mine = parse(http.get("/api/v1/verification", "Authorization", p.bearer()).body());
        assertEquals("姓名与证件不符", mine.getString("rejectReason"));
        assertEquals(201, http.json("POST", "/api/v1/verification", "{\"name\":\"张三\",\"idNumber\":\"" + ID + "\"}",
                "Authorization", p.bearer()).statusCode());
    }

    @Test
    void customersCannotReviewAndOtherStaffCannotEither() throws Exception {
        TestCustomers.Registered p = TestCustomers.register("PERSONAL");
        assertEquals(403, http.get("/api/v1/ops/verifications", "Authorization", p.bearer()).statusCode());
        assertEquals(403, http.json("POST", "/api/v1/ops/verifications/1/approve", null, "Authorization", p.bearer()).statusCode());
        String finance = bearer(TestCustomers.token("finance", "Finance@2026"));
        assertEquals(403, http.get("/api/v1/ops/verifications", "Authorization", finance).statusCode());
        assertFalse(http.get("/api/v1/verification", "Authorization", finance).statusCode() < 400, "staff have no verification of their own");
    }
}
