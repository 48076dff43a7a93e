/**
 * Connectors to the world outside, each with its own small API and DTOs: SMS, mail, payments (later HCSO, SDR
 * sources) and the simulators of the dev profile. Nothing here knows the core.
 */
package io.suanli.integration;
