package org.unionworks.rights;

import org.unionworks.platform.audit.Masked;

import jakarta.persistence.Embeddable;

/** A worker named in a case (names and ID numbers where known). */
@Embeddable
public class CaseWorker {

    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;

    protected CaseWorker() {
    }

    CaseWorker(String name, String idNumber) {
        this.name = name;
        this.idNumber = idNumber;
    }

    String getName() { return name; }
    String getIdNumber() { return idNumber; }
}
