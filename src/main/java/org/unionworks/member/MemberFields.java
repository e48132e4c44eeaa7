package org.unionworks.member;

import java.time.LocalDate;

/** A member's own data as entered or imported (union, status and derived fields are kept apart). */
record MemberFields(String name, String idNumber, String ethnicity, String politicalStatus, String education,
                    String hukouType, boolean migrantWorker, String newFormKind, String phone, String cardNo,
                    LocalDate joinedOn, Long employerId) {
}
