/**
 * The HCSO connector (SPEC I1–I3, S5, U9): the cloud behind the platform, seen through one small API,
 * {@link io.suanli.integration.hcso.HcsoConnector}, per {@link io.suanli.integration.hcso.CloudAccount}.
 * <ul>
 *   <li>ModelArts dedicated resource pools: create (under the client token of our order number,
 *       {@link io.suanli.integration.hcso.ClientTokens}), query, wait until ready, resize, delete;</li>
 *   <li>OBS: buckets with quota and policy, listing and downloading objects (SDR files);</li>
 *   <li>Cloud Eye: metric series for the resource pages and charts;</li>
 *   <li>a connectivity test of an account.</li>
 * </ul>
 * Safe by construction: creating looks the order's pool up first and again before any retry, so a retry after a
 * timeout or a 5xx never creates twice; 5xx answers and timeouts are retried with exponential back-off within the
 * {@link io.suanli.integration.hcso.HcsoSettings} budget; every failure is an
 * {@link io.suanli.integration.hcso.HcsoException} with a stable {@link io.suanli.integration.hcso.HcsoErrorCode} and
 * the cloud's request id. Every call is logged ({@code java.util.logging}, logger {@code io.suanli.integration.hcso}).
 * <p>
 * The adapter on the Huawei Cloud SDK for Java is in {@code sdk}; SDK types never leave it. {@code simulator} is a
 * local stand-in for the dev profile. Not covered: shared-pool entitlements, HPC, per-node operations. Nothing here
 * knows the core.
 */
package io.suanli.integration.hcso;
