package org.unionworks.honor;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.member.MemberDirectory;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.IdNumbers;

@Component
class HonorRegistryImpl implements HonorRegistry {

    private final HonoreeRepository honorees;
    private final HonorAwardRepository awards;
    private final HonorTitleRepository titles;
    private final MemberDirectory members;
    private final JdbcClient jdbc;
    private final SelectionCampaignService campaigns;

    HonorRegistryImpl(HonoreeRepository honorees, HonorAwardRepository awards, HonorTitleRepository titles,
                      MemberDirectory members, JdbcClient jdbc, SelectionCampaignService campaigns) {
        this.campaigns = campaigns;
        this.honorees = honorees;
        this.awards = awards;
        this.titles = titles;
        this.members = members;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> honoreeName(long honoreeId) {
        return honorees.findById(honoreeId).filter(h -> h.getKind().equals("PERSON")).map(Honoree::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> individualTitle(String name) {
        return titles.findAllByOrderByLevelAscIdAsc().stream()
                .filter(t -> t.isEnabled() && t.getKind().equals("INDIVIDUAL") && t.getName().equals(name))
                .map(HonorTitle::getId).findFirst();
    }

    @Override
    @Transactional
    public long confer(Conferral c) {
        HonorTitle title = titles.findById(c.titleId()).orElseThrow(() -> new InvalidInputException("title", "荣誉称号不存在"));
        long honoreeId = honoreeFor(c);
        Optional<Long> existing = jdbc.sql("select id from honor_award where honoree_id = :h and title_id = :t and award_year = :y")
                .param("h", honoreeId).param("t", c.titleId()).param("y", c.year()).query(Long.class).optional();
        return existing.orElseGet(() -> awards.saveAndFlush(
                new HonorAward(honoreeId, c.titleId(), c.year(), title.getAwardingBody(), null)).getId());
    }

    @Override
    @Transactional
    public long nominate(Candidate c) {
        return campaigns.nominate(c.campaignId(), new SelectionCampaignService.NominationDraft(c.unionId(), c.titleId(), c.name(),
                c.idNumber(), c.employerName(), c.post(), c.achievements(), java.util.Set.of())).getId();
    }

    private long honoreeFor(Conferral c) {
        String id = IdNumbers.normalize(c.idNumber());
        String problem = IdNumbers.problem(id, LocalDate.now());
        if (problem != null) {
            throw new InvalidInputException("idNumber", c.name() + "：" + problem);
        }
        Optional<Long> known = jdbc.sql("select id from honoree where id_number = :n").param("n", id).query(Long.class).optional();
        if (known.isPresent()) {
            return known.get();
        }
        Honoree h = new Honoree(c.unionId(), "PERSON");
        h.describe(c.name(), id, IdNumbers.parse(id, LocalDate.now()).sex().name(), c.employerName(), c.post(), c.deeds(), null,
                HonoreeStatus.WORKING, false);
        h.linkMember(members.currentMember(id).orElse(null));
        return honorees.saveAndFlush(h).getId();
    }
}
