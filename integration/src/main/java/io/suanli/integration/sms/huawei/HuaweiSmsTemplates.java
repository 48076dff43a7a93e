package io.suanli.integration.sms.huawei;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Huawei Cloud template sends each platform template, and in which order the platform's named variables fill
 * the Huawei template's positional {@code ${1}}, {@code ${2}}… Written as
 * {@code VERIFY_CODE=8ff55eac1d0b478ab3c06c3c6a492300:code,minutes;BILL_READY=<templateId>:period,amount}; a template
 * without variables is just {@code CODE=<templateId>}.
 */
public final class HuaweiSmsTemplates {

    /** One Huawei template: its id (32 hex characters) and the platform variables in the order of its positions. */
    public record Template(String id, List<String> variables) {

        public Template {
            variables = List.copyOf(variables);
        }
    }

    private final Map<String, Template> byCode;

    private HuaweiSmsTemplates(Map<String, Template> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * Reads the mapping; blank text is an empty mapping. Throws {@link IllegalArgumentException} naming the first
     * bad entry: no {@code =}, a code that is not upper case, a template id that is not 32 hex characters, a
     * variable name that is not a name, a code given twice.
     */
    public static HuaweiSmsTemplates parse(String text) {
        Map<String, Template> byCode = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new HuaweiSmsTemplates(byCode);
        }
        for (String raw : text.split(";")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw bad(entry, "expected CODE=templateId:variable,variable");
            }
            String code = entry.substring(0, eq).trim();
            String rest = entry.substring(eq + 1).trim();
            int colon = rest.indexOf(':');
            String id = (colon < 0 ? rest : rest.substring(0, colon)).trim();
            String vars = colon < 0 ? "" : rest.substring(colon + 1).trim();
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw bad(entry, "the template code must be upper case letters, digits and _");
            }
            if (!id.matches("[0-9a-fA-F]{32}")) {
                throw bad(entry, "the Huawei templateId must be 32 hexadecimal characters");
            }
            List<String> names = vars.isEmpty() ? List.of() : Arrays.stream(vars.split(",")).map(String::trim).toList();
            if (names.stream().anyMatch(n -> !n.matches("[A-Za-z][A-Za-z0-9_]*"))) {
                throw bad(entry, "variable names are letters, digits and _, separated by commas");
            }
            if (byCode.put(code, new Template(id, names)) != null) {
                throw bad(entry, "template " + code + " is mapped twice");
            }
        }
        return new HuaweiSmsTemplates(byCode);
    }

    /** The Huawei template of a platform template code, if one is mapped. */
    public Optional<Template> of(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The mapped platform template codes. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    private static IllegalArgumentException bad(String entry, String why) {
        return new IllegalArgumentException("SMS template mapping \"" + entry + "\": " + why);
    }
}
