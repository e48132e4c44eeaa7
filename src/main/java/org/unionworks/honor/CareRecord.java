package org.unionworks.honor;

import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A care record (走访慰问, 体检, 疗休养, 困难帮扶) as lists need it: whom it was for, of what kind, on
 * which day. Written by {@link HonorService} in SQL; read here so that list filters stay in the query.
 */
@Entity
@Immutable
@Table(name = "care_record")
class CareRecord {

    @Id
    private Long id;
    private long honoreeId;
    private String kind;
    private LocalDate careOn;

    protected CareRecord() {
    }
}
