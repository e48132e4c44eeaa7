package org.unionworks.org.web;

import java.time.LocalDate;

public record EmployerView(long id, long unionId, String unionName, String name, String creditCode,
                           String ownershipType, String industry, String divisionCode, String address,
                           int employeeCount, int femaleCount, int migrantCount, int newFormCount,
                           boolean shouldHaveUnion, LocalDate registeredOn, Long coveringUnionId, String coveringUnionName, String status,
                           LocalDate closedOn, long version, String registeredOnPrecision) {
}
