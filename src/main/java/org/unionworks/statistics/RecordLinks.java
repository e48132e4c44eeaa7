package org.unionworks.statistics;

import java.util.Map;

/** The page of the records a figure is computed from, for a computed cell's link ("correct the records, not the cell"). */
final class RecordLinks {

    private static final Map<String, String> BY_PREFIX = Map.of(
            "org.", "/orgs", "member.", "/members", "rights.", "/rights", "funds.", "/funds-remittances", "assist.", "/hardship-files",
            "honor.", "/honorees", "activity.", "/activities", "governance.", "/governance");

    private static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("org.coveredEmployers", "/employers"), Map.entry("org.employees", "/employers"),
            Map.entry("democracy.womensCommittees", "/womens-work"), Map.entry("democracy.contracts", "/collective-contracts"),
            Map.entry("democracy.contractWorkers", "/collective-contracts"), Map.entry("democracy.congressEmployers", "/workers-congresses"),
            Map.entry("democracy.disclosureEmployers", "/workers-congresses"), Map.entry("craft.contests", "/contests"),
            Map.entry("craft.contestants", "/contests"), Map.entry("craft.studios", "/studios"), Map.entry("craft.smallInnovations", "/innovations"),
            Map.entry("funds.audits", "/funds-audits"), Map.entry("service.places", "/service-places"), Map.entry("service.books", "/service-places"),
            Map.entry("service.beneficiaries", "/programmes"));

    private RecordLinks() {
    }

    /** The route of the records behind a figure, or null for a cell that is not a figure. */
    static String of(String figureKey) {
        if (figureKey == null) {
            return null;
        }
        String exact = BY_KEY.get(figureKey);
        if (exact != null) {
            return exact;
        }
        return BY_PREFIX.entrySet().stream().filter(e -> figureKey.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
