package io.suanli.core.usage.domain;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of an SDR file: separator, the ordered columns, the file-name pattern, the encoding, and the codes of
 * the two record types. Built from settings ({@link #fromSettings}) so the core can read it from MicroProfile Config;
 * every key has a default, {@link #defaults()} is the layout of {@code docs/sdr-format.md}.
 */
public final class SdrFormat {

    public static final String SEPARATOR = "suanli.sdr.separator";
    public static final String FIELDS = "suanli.sdr.fields";
    public static final String FILE_PATTERN = "suanli.sdr.file-pattern";
    public static final String ENCODING = "suanli.sdr.encoding";
    public static final String NORMAL_TYPE = "suanli.sdr.type.normal";
    public static final String CORRECTION_TYPE = "suanli.sdr.type.correction";

    public static final String DEFAULT_SEPARATOR = "|";
    public static final List<SdrField> DEFAULT_FIELDS = List.of(SdrField.RECORD_ID, SdrField.RECORD_TYPE,
            SdrField.TIME_STAMP, SdrField.USER_ID, SdrField.REGION_CODE, SdrField.AZ_CODE,
            SdrField.CLOUD_SERVICE_TYPE_CODE, SdrField.RESOURCE_TYPE_CODE, SdrField.RESOURCE_SPEC_CODE,
            SdrField.RESOURCE_ID, SdrField.BSS_PARAMS, SdrField.BEGIN_TIME, SdrField.END_TIME, SdrField.DURATION,
            SdrField.USAGE_AMOUNT, SdrField.USAGE_UNIT);
    /** {@code <source>_<UTC yyyyMMddHHmmss>_<sequence>.sdr|.txt}, e.g. {@code hcso-cn-north-4_20260701120000_0001.sdr}. */
    public static final String DEFAULT_FILE_PATTERN = "^[A-Za-z0-9_-]+_\\d{14}_\\d{1,10}\\.(sdr|txt)$";
    public static final String DEFAULT_ENCODING = "UTF-8";
    public static final String DEFAULT_NORMAL_TYPE = "20";
    public static final String DEFAULT_CORRECTION_TYPE = "30";

    private static final SdrFormat DEFAULTS = fromSettings(Map.of());

    private final String separator;
    private final List<SdrField> fields;
    private final Pattern fileNamePattern;
    private final Charset encoding;
    private final String normalType;
    private final String correctionType;
    private final int[] positions = new int[SdrField.values().length];

    public SdrFormat(String separator, List<SdrField> fields, String fileNamePattern, Charset encoding,
                     String normalType, String correctionType) {
        if (separator == null || separator.isEmpty() || separator.contains("\n") || separator.contains("\r")) {
            throw new IllegalArgumentException("the SDR separator must be a non-empty string without line breaks");
        }
        this.separator = separator;
        this.fields = List.copyOf(fields);
        this.fileNamePattern = Pattern.compile(fileNamePattern);
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        // lines are split on the byte 0x0A before decoding: only encodings that write ASCII as ASCII work
        if (!Arrays.equals("\n".getBytes(encoding), new byte[]{'\n'})
                || !Arrays.equals(separator.getBytes(encoding), separator.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                || !encoding.canEncode()) {
            throw new IllegalArgumentException("the SDR encoding must be ASCII-compatible (UTF-8, GBK, GB18030): " + encoding);
        }
        this.normalType = requireCode(normalType, "normal");
        this.correctionType = requireCode(correctionType, "correction");
        if (this.normalType.equals(this.correctionType)) {
            throw new IllegalArgumentException("the normal and correction record types must differ");
        }
        Arrays.fill(positions, -1);
        Set<SdrField> seen = EnumSet.noneOf(SdrField.class);
        for (int i = 0; i < this.fields.size(); i++) {
            SdrField f = this.fields.get(i);
            if (f != SdrField.IGNORED) {
                if (!seen.add(f)) {
                    throw new IllegalArgumentException("SDR field listed twice: " + f.label());
                }
                positions[f.ordinal()] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (SdrField f : SdrField.values()) {
            if (f.required() && !seen.contains(f)) {
                missing.add(f.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("SDR layout lacks required fields " + missing);
        }
    }

    private static String requireCode(String code, String what) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("the " + what + " record type code is empty");
        }
        return code.trim();
    }

    /** The default layout (docs/sdr-format.md). */
    public static SdrFormat defaults() {
        return DEFAULTS;
    }

    /**
     * The layout from settings; absent or blank keys take their defaults. {@value #FIELDS} is a comma-separated list
     * of field labels ({@code RecordID,RecordType,…}; {@code -} for a column to skip).
     */
    public static SdrFormat fromSettings(Map<String, String> settings) {
        String fieldList = setting(settings, FIELDS, null);
        List<SdrField> fields = fieldList == null ? DEFAULT_FIELDS
                : Arrays.stream(fieldList.split(",")).map(SdrField::ofLabel).toList();
        // the separator is taken as is (a space or tab is a valid separator), only an absent or empty one defaults
        String sep = settings.get(SEPARATOR);
        return new SdrFormat(sep == null || sep.isEmpty() ? DEFAULT_SEPARATOR : sep, fields,
                setting(settings, FILE_PATTERN, DEFAULT_FILE_PATTERN),
                Charset.forName(setting(settings, ENCODING, DEFAULT_ENCODING)),
                setting(settings, NORMAL_TYPE, DEFAULT_NORMAL_TYPE),
                setting(settings, CORRECTION_TYPE, DEFAULT_CORRECTION_TYPE));
    }

    static String setting(Map<String, String> settings, String key, String fallback) {
        String v = settings.get(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    /** Whether a file of this name is an SDR file of this source. */
    public boolean acceptsFileName(String fileName) {
        return fileName != null && fileNamePattern.matcher(fileName).matches();
    }

    /** The record type of a code, or {@code null} for an unknown code. */
    public SdrRecordType recordType(String code) {
        if (normalType.equals(code)) {
            return SdrRecordType.NORMAL;
        }
        return correctionType.equals(code) ? SdrRecordType.CORRECTION : null;
    }

    /** The code written for a record type. */
    public String code(SdrRecordType type) {
        return type == SdrRecordType.NORMAL ? normalType : correctionType;
    }

    /** The column of a field (0-based), or -1 when the layout does not have it. */
    public int position(SdrField field) {
        return positions[field.ordinal()];
    }

    public boolean has(SdrField field) {
        return positions[field.ordinal()] >= 0;
    }

    public String separator() {
        return separator;
    }

    public List<SdrField> fields() {
        return fields;
    }

    public int fieldCount() {
        return fields.size();
    }

    public Pattern fileNamePattern() {
        return fileNamePattern;
    }

    public Charset encoding() {
        return encoding;
    }

    public String normalType() {
        return normalType;
    }

    public String correctionType() {
        return correctionType;
    }
}
