package org.unionworks.honor.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the honor register's endpoints answer. */
public final class HonorViews {

    private HonorViews() {
    }

    public record Title(long id, String name, String level, String kind, String awardingBody, Long conferringUnionId,
                        String conferringUnionName) {
    }

    public record TitleCreated(long id, String name) {
    }

    /** A model worker or collective; the ID number masked; care only in the single-record answer. */
    public record Honoree(long id, long unionId, String unionName, String kind, String name, String idNumber, String sex,
                          String employerName, String post, String deeds, Long memberId, String photoFileId, String status,
                          boolean publicProfile, List<Award> honors, String honorsText, Long version, List<Care> care) {
    }

    public record Award(long id, long titleId, String title, String level, int year, String certificateNo, LocalDate revokedOn,
                        String revokedReason, long version) {
    }

    public record Care(long id, String kind, LocalDate careOn, BigDecimal amount, String handledBy, String note, long version) {
    }

    /** A person registered without an ID number, with its honors and the probable matches to confirm. */
    public record Unidentified(long id, String name, String employerName, String post, long unionId, String unionName,
                               List<String> honors, List<IdentityCandidate> candidates, long version) {
    }

    /** A member (MEMBER) or registered model worker (HONOREE) of the same name; the ID number masked. */
    public record IdentityCandidate(String kind, long id, String name, String employerName, String unionName, String idNumber,
                                    boolean sameEmployer) {
    }

    public record Identified(long id, String idNumber, Long mergedInto) {
    }
}
