package org.unionworks.org;

/**
 * The description of an employer, normalized. {@code shouldHaveUnion} null means "decide by the
 * size threshold"; the saved employer always has a value.
 */
record EmployerFields(String name, String creditCode, String ownershipType, String industry, String divisionCode,
                      String address, int employeeCount, int femaleCount, int migrantCount, int newFormCount,
                      Boolean shouldHaveUnion, java.time.LocalDate registeredOn,
                      org.unionworks.platform.validation.ApproximateDate.Precision registeredOnPrecision) {
}
