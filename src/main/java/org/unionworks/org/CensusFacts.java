package org.unionworks.org;

import java.time.LocalDate;
import java.util.Map;

/**
 * What another module's records answer of a union's census questionnaire (摸底排查), by question name — members,
 * hasWorkersHome, holdsCongress — so that a return starts from the records instead of a blank form.
 */
public interface CensusFacts {

    /** The answers this module's records give for the union on the day; questions it cannot answer are absent. */
    Map<String, Object> answers(long unionId, LocalDate on);
}
