package org.unionworks.honor;

import org.hibernate.annotations.Filter;
import org.unionworks.platform.access.DataScope;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.data.Versioned;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A model worker (a person) or an honored collective, with a profile. */
@Entity
@Table(name = "honoree")
@Filter(name = DataScope.FILTER, condition = DataScope.BY_UNION, deduceAliasInjectionPoints = false)
class Honoree extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long unionId;
    private String kind;
    private String name;
    @Masked(Masked.Kind.ID_NUMBER)
    private String idNumber;
    private String sex;
    private String employerName;
    private String post;
    private String deeds;
    private String photoFileId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private HonoreeStatus status = HonoreeStatus.WORKING;
    private boolean publicProfile;
    private Long memberId;
    /** The registered model worker this record turned out to be (its honors moved there); null while it stands. */
    private Long mergedInto;

    protected Honoree() {
    }

    Honoree(long unionId, String kind) {
        this.unionId = unionId;
        this.kind = kind;
    }

    void describe(String name, String idNumber, String sex, String employerName, String post, String deeds, String photoFileId,
                  HonoreeStatus status, boolean publicProfile) {
        this.name = name;
        this.idNumber = idNumber;
        this.sex = sex;
        this.employerName = employerName;
        this.post = post;
        this.deeds = deeds;
        this.photoFileId = photoFileId;
        this.status = status;
        this.publicProfile = publicProfile;
    }

    Long getId() { return id; }
    long getUnionId() { return unionId; }
    String getKind() { return kind; }
    String getName() { return name; }
    String getIdNumber() { return idNumber; }
    String getSex() { return sex; }
    String getEmployerName() { return employerName; }
    String getPost() { return post; }
    String getDeeds() { return deeds; }
    String getPhotoFileId() { return photoFileId; }
    HonoreeStatus getStatus() { return status; }
    boolean isPublicProfile() { return publicProfile; }
    Long getMemberId() { return memberId; }
    Long getMergedInto() { return mergedInto; }

    /** Registered without an ID number, by name and employer, until a cadre confirms who it is. */
    boolean unidentified() {
        return kind.equals("PERSON") && idNumber == null && mergedInto == null;
    }

    /** The person turned out to be the member (or model worker) with this ID number. */
    void identify(String idNumber, String sex) {
        this.idNumber = idNumber;
        this.sex = sex;
    }

    void mergeInto(long honoreeId) {
        this.mergedInto = honoreeId;
        this.publicProfile = false;
    }

    /** The member record of the same person; kept once found, even after the membership ends. */
    void linkMember(Long memberId) {
        if (memberId != null) {
            this.memberId = memberId;
        }
    }
}
