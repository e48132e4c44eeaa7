package org.unionworks.democracy;

import java.time.LocalDate;

import org.unionworks.platform.data.Versioned;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session of a 职代会: who was expected and present (with the front-line workers and women among them), what it
 * resolved, and its vote on a collective contract when it voted on one.
 */
@Entity
@Table(name = "congress_session")
class CongressSession extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long congressId;
    /** Its 职代会 system's district, moved with it by the platform's {@code SubtreeDistricts} (never updated here). */
    @Column(updatable = false)
    private long districtId;
    private LocalDate heldOn;
    private String title;
    private int expected;
    private int present;
    private Integer frontline;
    private Integer women;
    private String resolutions;
    private Long contractId;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer abstentions;

    protected CongressSession() {
    }

    CongressSession(long congressId, long districtId) {
        this.congressId = congressId;
        this.districtId = districtId;
    }

    record Record(LocalDate heldOn, String title, int expected, int present, Integer frontline, Integer women, String resolutions,
                  Long contractId, Integer votesFor, Integer votesAgainst, Integer abstentions) {
    }

    void record(Record r) {
        if (r.present() > r.expected()) {
            throw new InvalidInputException("present", "实到人数不能超过应到人数");
        }
        if (r.frontline() != null && r.frontline() > r.present() || r.women() != null && r.women() > r.present()) {
            throw new InvalidInputException(r.frontline() != null && r.frontline() > r.present() ? "frontline" : "women",
                    "一线职工和女职工代表人数不能超过实到人数");
        }
        int votes = (r.votesFor() == null ? 0 : r.votesFor()) + (r.votesAgainst() == null ? 0 : r.votesAgainst())
                + (r.abstentions() == null ? 0 : r.abstentions());
        if (r.contractId() != null && (r.votesFor() == null || votes > r.present())) {
            throw new InvalidInputException("votesFor", r.votesFor() == null ? "表决集体合同须填写赞成票数" : "表决票数之和不能超过实到人数");
        }
        this.heldOn = r.heldOn();
        this.title = r.title();
        this.expected = r.expected();
        this.present = r.present();
        this.frontline = r.frontline();
        this.women = r.women();
        this.resolutions = r.resolutions();
        this.contractId = r.contractId();
        this.votesFor = r.contractId() == null ? null : r.votesFor();
        this.votesAgainst = r.contractId() == null ? null : r.votesAgainst();
        this.abstentions = r.contractId() == null ? null : r.abstentions();
    }

    /** A contract passes when more than half of all the representatives (not only of those present) vote for it. */
    boolean contractAdopted() {
        return contractId != null && votesFor != null && votesFor * 2 > expected;
    }

    Long getId() { return id; }
    long getCongressId() { return congressId; }
    long getDistrictId() { return districtId; }
    LocalDate getHeldOn() { return heldOn; }
    String getTitle() { return title; }
    int getExpected() { return expected; }
    int getPresent() { return present; }
    Integer getFrontline() { return frontline; }
    Integer getWomen() { return women; }
    String getResolutions() { return resolutions; }
    Long getContractId() { return contractId; }
    Integer getVotesFor() { return votesFor; }
    Integer getVotesAgainst() { return votesAgainst; }
    Integer getAbstentions() { return abstentions; }
}
