package io.suanli.core.shared.domain;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The configured role grants (S1); implemented by the identity context. */
public interface StaffGrants {

    /** The codes of the functions a staff member may use (none for customers and unknown names). */
    Set<String> functions(String username);

    /**
     * The rule behind {@link #functions}: the union over the member's roles. Each role reaches the functions its base
     * allows ({@code reach}: a built-in role is its own base, a custom role the built-in one it is based on); of
     * those it holds what an administrator configured, or else the function's default — which custom roles do
     * not have, so a new custom role may use nothing until it is granted something.
     */
    static Set<String> held(Map<String, String> reach, Map<String, Map<String, Boolean>> configured) {
        Set<String> out = new TreeSet<>();
        for (StaffFunction f : StaffFunction.values()) {
            for (Map.Entry<String, String> role : reach.entrySet()) {
                boolean builtIn = role.getKey().equals(role.getValue());
                if (f.grantableTo(role.getValue()) && configured.getOrDefault(role.getKey(), Map.of())
                        .getOrDefault(f.code(), builtIn && f.grantedByDefault(role.getKey()))) {
                    out.add(f.code());
                }
            }
        }
        return out;
    }
}
