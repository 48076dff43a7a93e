/**
 * {@link io.suanli.integration.hcso.HcsoConnector} on the Huawei Cloud SDK for Java: {@code huaweicloud-sdk-core}
 * (signing, endpoints, HTTP) with our own request definitions for ModelArts (no ModelArts artifact on Maven Central),
 * {@code huaweicloud-sdk-ces} for Cloud Eye and {@code esdk-obs-java} for OBS (path-style). Request shapes and the
 * assumptions made about them are documented on {@code ModelArtsApi}, {@code PoolJson}, {@code CloudEyeMetrics} and
 * {@code SdkErrors}. The public classes {@code ModelArtsCall} and {@code ModelArtsAnswer} are public only for the
 * SDK's reflection.
 */
package io.suanli.integration.hcso.sdk;
