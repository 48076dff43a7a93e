/**
 * A local HCSO for the dev profile and tests: {@link io.suanli.integration.hcso.simulator.HcsoSimulator}, one JDK
 * HTTP server answering ModelArts pool, Cloud Eye metric and OBS bucket/object calls closely enough for the real
 * connector to run against it.
 */
package io.suanli.integration.hcso.simulator;
