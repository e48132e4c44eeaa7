package org.unionworks.honor;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Nominations the caller may see (the data-scope filter applies to every query here). */
interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByCampaignIdOrderById(long campaignId);

    long countByCampaignId(long campaignId);

    @Query("""
            select n from Nomination n
             where n.stage = org.unionworks.honor.NominationStage.NOTICE
               and n.status = org.unionworks.honor.NominationStatus.ACTIVE
               and n.noticeFrom <= :day and n.noticeTo >= :day
             order by n.campaignId, n.id""")
    List<Nomination> inNoticeOn(LocalDate day);
}
