package io.suanli.it;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log page: the tamper-evident chain is verified, a changed record is found, the export is a workbook. */
@ServerTest
@RunAsClient
class AuditLogIT {

    @Test
    void verifyingFindsTheFirstChangedRecordAndAnIntactChainAfterRepair() throws Exception {
        Http admin = new Http();
        admin.loginForm("admin", "Admin@2026");
        assertTrue(press(admin, "auditForm:verify").contains("防篡改链完整"), "intact before");

        long seq;
        long id;
        String summary;
        try (Connection c = MariaDbDatabase.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "select id, seq, summary from audit_event where seq is not null order by seq desc limit 1 offset 3")) {
            assertTrue(rs.next());
            id = rs.getLong(1);
            seq = rs.getLong(2);
            summary = rs.getString(3);
        }
        try {
            update(id, "forged " + summary);
            String answer = press(admin, "auditForm:verify");
            assertTrue(answer.contains("防篡改链在第 " + seq + " 条记录处断开"), answer);
            assertTrue(answer.contains("记录内容或哈希被修改"));
        } finally {
            update(id, summary);
        }
        assertTrue(press(admin, "auditForm:verify").contains("防篡改链完整"), "intact after the repair");
    }

    @Test
    void exportIsAnExcelWorkbookOfTheFilteredRecords() throws Exception {
        Http admin = new Http();
        admin.loginForm("admin", "Admin@2026");
        HttpResponse<String> page = admin.get("/console/system/audit.xhtml");
        String viewState = viewState(page.body());
        HttpResponse<byte[]> xlsx = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(admin.cookieHandler()).build().send(
                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/console/system/audit.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(Http.urlEncode(Map.of("auditForm", "auditForm",
                                "auditForm:actor", "admin", "auditForm:export", "", "jakarta.faces.ViewState", viewState))))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("操作人", sheet.getRow(0).getCell(2).getStringCellValue());
            assertTrue(sheet.getLastRowNum() >= 1, "rows exported");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals("admin", sheet.getRow(r).getCell(2).getStringCellValue(), "only the filtered actor");
            }
        }
    }

    /** Actions, roles and outcomes are named in the page's language, never shown as raw codes. */
    @Test
    void theAuditPageNamesActionsRolesAndOutcomesInEachLanguage() throws Exception {
        Http admin = new Http();
        admin.loginForm("admin", "Admin@2026");
        String en = admin.get("/console/system/audit.xhtml?lang=en").body();
        assertTrue(en.contains(">Login<") && en.contains("System admin") && en.contains("Succeeded"), "English names");
        assertFalse(en.contains(">LOGIN<") || en.contains(">SYS_ADMIN<"), "no raw codes");
        String zh = admin.get("/console/system/audit.xhtml?lang=zh").body();
        assertTrue(zh.contains(">登录<") && zh.contains("系统管理员") && zh.contains("成功"), "Chinese names");
    }

    @Test
    void auditPageIsClosedToOtherRoles() throws Exception {
        Http ops = new Http();
        ops.loginForm("ops", "Ops@2026");
        assertEquals(403, ops.get("/console/system/audit.xhtml").statusCode());
    }

    private static void update(long id, String summary) throws Exception {
        try (Connection c = MariaDbDatabase.connect();
             PreparedStatement s = c.prepareStatement("update audit_event set summary = ? where id = ?")) {
            s.setString(1, summary);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** Presses an ajax button of the audit page and answers the partial response. */
    private static String press(Http http, String button) throws Exception {
        HttpResponse<String> page = http.get("/console/system/audit.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> r = http.form("/console/system/audit.xhtml", Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", button,
                "jakarta.faces.partial.execute", button, "jakarta.faces.partial.render", "auditForm:messages",
                button, button, "auditForm", "auditForm", "jakarta.faces.ViewState", viewState(page.body())),
                "Faces-Request", "partial/ajax");
        assertEquals(200, r.statusCode());
        return r.body();
    }

    static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "view state");
        return m.group(1);
    }
}
