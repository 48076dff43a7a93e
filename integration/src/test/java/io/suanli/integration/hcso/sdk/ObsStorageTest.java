package io.suanli.integration.hcso.sdk;

import io.suanli.integration.hcso.BucketRequest;
import io.suanli.integration.hcso.HcsoErrorCode;
import io.suanli.integration.hcso.HcsoException;
import io.suanli.integration.hcso.StoredObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObsStorageTest extends WireMockCloudTest {

    private static final String BUCKET = "suanli-sdr";

    private static String listing(boolean truncated, String nextMarker, String... keysAndSizes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ListBucketResult xmlns=\"http://obs.myhwclouds.com/doc/2015-06-30/\"><Name>" + BUCKET
                + "</Name><Prefix>sdr/2026/07/</Prefix><Marker></Marker><MaxKeys>1000</MaxKeys>"
                + "<IsTruncated>" + truncated + "</IsTruncated>"
                + (nextMarker == null ? "" : "<NextMarker>" + nextMarker + "</NextMarker>"));
        for (int i = 0; i < keysAndSizes.length; i += 2) {
            xml.append("<Contents><Key>").append(keysAndSizes[i]).append("</Key>")
                    .append("<LastModified>2026-07-01T02:00:00.000Z</LastModified>")
                    .append("<ETag>\"0cc175b9c0f1b6a831c399e269772661\"</ETag><Size>").append(keysAndSizes[i + 1])
                    .append("</Size><Owner><ID>owner</ID></Owner><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return xml.append("</ListBucketResult>").toString();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withHeader("x-obs-request-id", "obs-req-1").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder obsError(int status,
                                                                                            String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-obs-request-id", "obs-req-err").withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Error><Code>" + code + "</Code><Message>" + code + " message</Message>"
                        + "<RequestId>obs-req-err</RequestId><HostId>host</HostId></Error>");
    }

    @Test
    void listsEveryPageOfObjectsUnderThePrefixPathStyle() {
        server.stubFor(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("prefix", equalTo("sdr/2026/07/"))
                .withQueryParam("marker", absent())
                .willReturn(xml(listing(true, "sdr/2026/07/cdr_0002.dat",
                        "sdr/2026/07/cdr_0001.dat", "1024", "sdr/2026/07/cdr_0002.dat", "2048"))));
        server.stubFor(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("prefix", equalTo("sdr/2026/07/"))
                .withQueryParam("marker", equalTo("sdr/2026/07/cdr_0002.dat"))
                .willReturn(xml(listing(false, null, "sdr/2026/07/cdr_0003.dat", "10"))));

        List<StoredObject> objects = connector.listObjects(BUCKET, "sdr/2026/07/");

        assertEquals(List.of("sdr/2026/07/cdr_0001.dat", "sdr/2026/07/cdr_0002.dat", "sdr/2026/07/cdr_0003.dat"),
                objects.stream().map(StoredObject::key).toList());
        StoredObject first = objects.get(0);
        assertEquals(BUCKET, first.bucket());
        assertEquals(1024, first.size());
        assertEquals("0cc175b9c0f1b6a831c399e269772661", first.etag());
        assertEquals(Instant.parse("2026-07-01T02:00:00Z"), first.lastModified());
        server.verify(2, getRequestedFor(urlPathEqualTo("/" + BUCKET))
                .withHeader("Authorization", matching("(OBS|AWS) " + HcsoFixture.AK + ":.+")));
    }

    @Test
    void downloadsAnObject() {
        String content = "20|20260701020000|" + HcsoFixture.PROJECT + "|cn-test-1|...\n";
        // the SDK escapes the key's slashes: GET /{bucket}/{url-encoded key}
        server.stubFor(get(urlEqualTo("/" + BUCKET + "/sdr%2F2026%2F07%2Fcdr_0001.dat")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(content)));

        ByteArrayOutputStream target = new ByteArrayOutputStream();
        long bytes = connector.download(BUCKET, "sdr/2026/07/cdr_0001.dat", target);

        assertEquals(content, target.toString(StandardCharsets.UTF_8));
        assertEquals(content.getBytes(StandardCharsets.UTF_8).length, bytes);
    }

    @Test
    void downloadOfAMissingObjectIsNotFound() {
        server.stubFor(get(urlEqualTo("/" + BUCKET + "/sdr%2Fnone.dat")).willReturn(obsError(404, "NoSuchKey")));

        HcsoException e = assertThrows(HcsoException.class,
                () -> connector.download(BUCKET, "sdr/none.dat", new ByteArrayOutputStream()));

        assertEquals(HcsoErrorCode.NOT_FOUND, e.code());
        assertEquals("NoSuchKey", e.cloudErrorCode());
    }

    @Test
    void createsABucketWithQuotaAndPolicy() {
        String policy = "{\"Statement\":[{\"Sid\":\"sdr-read\",\"Effect\":\"Allow\",\"Principal\":{\"ID\":[\"*\"]},"
                + "\"Action\":[\"GetObject\"],\"Resource\":[\"" + BUCKET + "/*\"]}]}";
        server.stubFor(put(urlEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(200)));
        server.stubFor(put(urlEqualTo("/" + BUCKET + "?quota")).willReturn(aResponse().withStatus(200)));
        server.stubFor(put(urlEqualTo("/" + BUCKET + "?policy")).willReturn(aResponse().withStatus(204)));

        connector.createBucket(new BucketRequest(BUCKET, 10L * 1024 * 1024 * 1024, policy));

        server.verify(putRequestedFor(urlEqualTo("/" + BUCKET))
                .withHeader("Authorization", matching("(OBS|AWS) " + HcsoFixture.AK + ":.+"))
                .withRequestBody(containing("cn-test-1")));
        server.verify(putRequestedFor(urlEqualTo("/" + BUCKET + "?quota"))
                .withRequestBody(containing("<StorageQuota>10737418240</StorageQuota>")));
        server.verify(putRequestedFor(urlEqualTo("/" + BUCKET + "?policy")).withRequestBody(equalToJson(policy)));
    }

    @Test
    void creatingABucketWeAlreadyOwnIsHarmless() {
        server.stubFor(put(urlEqualTo("/" + BUCKET)).willReturn(obsError(409, "BucketAlreadyOwnedByYou")));

        connector.createBucket(new BucketRequest(BUCKET, 0, null));

        server.verify(1, putRequestedFor(urlEqualTo("/" + BUCKET)));
    }

    @Test
    void bucketNameOfSomeoneElseIsAConflict() {
        server.stubFor(put(urlEqualTo("/" + BUCKET)).willReturn(obsError(409, "BucketAlreadyExists")));

        assertEquals(HcsoErrorCode.CONFLICT, assertThrows(HcsoException.class,
                () -> connector.createBucket(new BucketRequest(BUCKET, 0, null))).code());
    }

    @Test
    void tooManyBucketsIsQuotaExceeded() {
        server.stubFor(put(urlEqualTo("/" + BUCKET)).willReturn(obsError(400, "TooManyBuckets")));

        assertEquals(HcsoErrorCode.QUOTA_EXCEEDED, assertThrows(HcsoException.class,
                () -> connector.createBucket(new BucketRequest(BUCKET, 0, null))).code());
    }

    @Test
    void deletingAMissingBucketIsSuccess() {
        server.stubFor(delete(urlEqualTo("/" + BUCKET)).willReturn(obsError(404, "NoSuchBucket")));

        connector.deleteBucket(BUCKET);

        server.verify(1, deleteRequestedFor(urlEqualTo("/" + BUCKET)));
    }

    @Test
    void deletingABucketIsRetriedAfterAServerError() {
        server.stubFor(delete(urlEqualTo("/" + BUCKET)).inScenario("d").whenScenarioStateIs("Started")
                .willReturn(obsError(503, "ServiceUnavailable")).willSetStateTo("ok"));
        server.stubFor(delete(urlEqualTo("/" + BUCKET)).inScenario("d").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(204)));

        connector.deleteBucket(BUCKET);

        server.verify(2, deleteRequestedFor(urlEqualTo("/" + BUCKET)));
    }

    @Test
    void wrongKeyOnObsIsAuthFailed() {
        server.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(obsError(403, "SignatureDoesNotMatch")));

        HcsoException e = assertThrows(HcsoException.class, () -> connector.listObjects(BUCKET, "sdr/"));

        assertEquals(HcsoErrorCode.AUTH_FAILED, e.code());
        assertEquals("obs-req-err", e.requestId());
    }
}
