/**
 * Connectors to the world outside, each with its own small API and DTOs: SMS, mail, payments, the HCSO cloud (later SDR
 * sources) and the simulators of the dev profile. Nothing here knows the core.
 */
package io.suanli.integration;
