package org.unionworks.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.web.CensusPrefillView;

/** The census questions the records answer: the term and the covered employers here, the rest from the modules' CensusFacts. */
@Component
class CensusPrefill {

    private final TermRepository terms;
    private final CoverageRepository coverages;
    private final EmployerRepository employers;
    private final List<CensusFacts> facts;

    CensusPrefill(TermRepository terms, CoverageRepository coverages, EmployerRepository employers, List<CensusFacts> facts) {
        this.terms = terms;
        this.coverages = coverages;
        this.employers = employers;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    CensusPrefillView answers(long unionId, LocalDate on) {
        Map<String, Object> a = new LinkedHashMap<>();
        terms.findByUnionIdAndStatus(unionId, TermStatus.CURRENT).ifPresent(t -> {
            a.put("hasCommittee", true);
            a.put("termStartsOn", t.getStartsOn());
            a.put("termEndsOn", t.getEndsOn());
            if (t.getCommittee() != null) {
                a.put("committeeSize", (int) java.util.Arrays.stream(t.getCommittee().split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).count());
            }
        });
        var covered = coverages.findByUnionIdAndToDateIsNull(unionId).stream()
                .map(c -> employers.findById(c.getEmployerId()).orElseThrow()).toList();
        if (!covered.isEmpty()) {
            a.put("employees", covered.stream().mapToInt(Employer::getEmployeeCount).sum());
        }
        if (covered.size() == 1) {
            a.put("employerCreditCode", covered.get(0).getCreditCode());
        }
        facts.forEach(f -> a.putAll(f.answers(unionId, on)));
        return new CensusPrefillView((Boolean) a.get("hasCommittee"), (Integer) a.get("committeeSize"), (LocalDate) a.get("termStartsOn"),
                (LocalDate) a.get("termEndsOn"), number(a.get("members")), (Integer) a.get("employees"), (Boolean) a.get("hasWorkersHome"),
                (Boolean) a.get("holdsCongress"), (String) a.get("employerCreditCode"), new ArrayList<>(a.keySet()));
    }

    private static Integer number(Object n) {
        return n == null ? null : ((Number) n).intValue();
    }
}
