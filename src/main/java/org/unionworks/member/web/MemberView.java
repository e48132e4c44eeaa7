package org.unionworks.member.web;

import java.time.LocalDate;

/** A member as lists and details show it: ID number and phone masked. */
public record MemberView(long id, long unionId, String unionName, Long employerId, String employerName, String name,
                         String idNumber, String sex, LocalDate birthDate, String ethnicity, String politicalStatus,
                         String education, String hukouType, boolean migrantWorker, String newFormKind, String phone,
                         String cardNo, LocalDate joinedOn, String status, LocalDate statusSince, long version) {
}
