/**
 * Usage: SDR files (话单) and their records, parse runs with per-line errors, and (later) the rating of
 * pay-as-you-go usage into hourly charges. The file format is documented in {@code docs/sdr-format.md}.
 */
package io.suanli.core.usage;
