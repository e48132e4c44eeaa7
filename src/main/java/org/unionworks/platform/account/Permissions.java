package org.unionworks.platform.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.PermissionGroup;

/** The catalogue of every module's permissions, and the expansion of role patterns against it. */
@Component
class Permissions {

    private final List<PermissionGroup> groups;
    private final Set<String> all;
    private final Set<String> business;

    Permissions(List<PermissionGroup> groups) {
        this.groups = List.copyOf(groups);
        var codes = new LinkedHashSet<String>();
        groups.forEach(g -> g.permissions().forEach(p -> codes.add(p.code())));
        this.all = Set.copyOf(codes);
        var plain = new LinkedHashSet<String>();
        groups.stream().filter(g -> !g.administrative()).forEach(g -> g.permissions().forEach(p -> plain.add(p.code())));
        this.business = Set.copyOf(plain);
    }

    List<PermissionGroup> groups() {
        return groups;
    }

    boolean isKnown(String code) {
        return all.contains(code);
    }

    /** '*' is every permission; '*:read' every business permission ending in ':read'; anything else itself. */
    Set<String> expand(Iterable<String> patterns) {
        Set<String> result = new LinkedHashSet<>();
        for (String pattern : patterns) {
            if (pattern.equals("*")) {
                result.addAll(all);
            } else if (pattern.startsWith("*:")) {
                String action = pattern.substring(1);
                business.stream().filter(code -> code.endsWith(action)).forEach(result::add);
            } else if (all.contains(pattern)) {
                result.add(pattern);
            }
        }
        return result;
    }
}
