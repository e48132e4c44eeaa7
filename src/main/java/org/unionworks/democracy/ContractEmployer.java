package org.unionworks.democracy;

import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employer a collective contract covers, with its workers covered when known. */
@Entity
@Table(name = "contract_employer")
class ContractEmployer extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long contractId;
    private long employerId;
    private Integer workers;

    protected ContractEmployer() {
    }

    ContractEmployer(long contractId, long employerId, Integer workers) {
        this.contractId = contractId;
        this.employerId = employerId;
        this.workers = workers;
    }

    Long getId() { return id; }
    long getContractId() { return contractId; }
    long getEmployerId() { return employerId; }
    Integer getWorkers() { return workers; }
}
