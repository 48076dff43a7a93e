package io.suanli.integration.hcso.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;

/** What the connector tests share: one WireMock "cloud" per test class, reset before each test, and a connector to it. */
abstract class WireMockCloudTest {

    static WireMockServer server;
    static SdkHcsoConnector connector;

    @BeforeAll
    static void start() {
        server = HcsoFixture.server();
        connector = new SdkHcsoConnector(HcsoFixture.account(server), HcsoFixture.settings());
    }

    @AfterAll
    static void stop() throws IOException {
        connector.close();
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }
}
