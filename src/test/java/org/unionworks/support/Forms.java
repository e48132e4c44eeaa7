package org.unionworks.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies several suites send, filled as a cadre would. */
public final class Forms {

    private Forms() {
    }

    /** A needy-worker file for a new person, within the filing standard of a 1,000-yuan division. */
    public static Map<String, Object> hardshipFile(long unionId, String divisionCode) {
        Map<String, Object> f = new HashMap<>();
        f.put("unionId", unionId);
        f.put("workerName", "困难职工");
        f.put("idNumber", People.idNumber());
        f.put("divisionCode", divisionCode);
        f.put("category", "RELATIVE");
        f.put("mainCause", "ILLNESS");
        f.put("identity", "EMPLOYED");
        f.put("householdSize", 3);
        f.put("monthlyIncome", 1500);
        f.put("monthsBelowStandard", 8);
        f.put("household", List.of());
        return f;
    }
}
