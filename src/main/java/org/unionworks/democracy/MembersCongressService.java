package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.democracy.web.MeetingRequest;
import org.unionworks.democracy.web.MembersCongressRequest;
import org.unionworks.democracy.web.RepresentativeRequest;
import org.unionworks.member.MemberDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Texts;

/** 会员代表大会: the congress of a union, its roster of representatives and its meetings. */
@Service
class MembersCongressService {

    private final MembersCongressRepository congresses;
    private final RepresentativeRepository representatives;
    private final MembersCongressMeetingRepository meetings;
    private final MemberDirectory members;
    private final Scopes scopes;

    MembersCongressService(MembersCongressRepository congresses, RepresentativeRepository representatives,
                           MembersCongressMeetingRepository meetings, MemberDirectory members, Scopes scopes) {
        this.congresses = congresses;
        this.representatives = representatives;
        this.meetings = meetings;
        this.members = members;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    MembersCongress get(long id) {
        return congresses.findById(id).orElseThrow(() -> new NotFoundException("会员代表大会"));
    }

    @Transactional
    MembersCongress establish(MembersCongressRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择工会");
        }
        scopes.requireOpen(r.unionId());
        if (congresses.findByUnionId(r.unionId()).isPresent()) {
            throw new ConflictException("该工会已登记会员代表大会");
        }
        MembersCongress c = new MembersCongress(r.unionId());
        describe(c, r);
        return congresses.saveAndFlush(c);
    }

    @Transactional
    MembersCongress update(long id, MembersCongressRequest r) {
        MembersCongress c = get(id);
        c.requireVersion(r.version(), "该会员代表大会记录已被他人修改，请刷新后重试");
        describe(c, r);
        return congresses.saveAndFlush(c);
    }

    private static void describe(MembersCongress c, MembersCongressRequest r) {
        if (r.establishedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("establishedOn", "建立日期不能晚于今天");
        }
        if (r.standing() && (r.termStartsOn() == null || r.termEndsOn() == null || !r.termEndsOn().isAfter(r.termStartsOn()))) {
            throw new InvalidInputException("termEndsOn", "常任制会员代表大会须填写任期起止日期，结束日期晚于开始日期");
        }
        c.describe(r.standing(), r.establishedOn(), r.standing() ? r.termStartsOn() : null, r.standing() ? r.termEndsOn() : null, r.seats());
    }

    /** A representative is a current member (not 保留会籍) of the union or a union below it; the roster holds at most the seats. */
    @Transactional
    Representative elect(long congressId, RepresentativeRequest r) {
        MembersCongress c = get(congressId);
        String idNumber = IdNumbers.normalize(r.idNumber());
        MemberDirectory.Voter v = (idNumber == null ? Optional.<MemberDirectory.Voter>empty() : members.voterUnder(c.getUnionId(), idNumber))
                .orElseThrow(() -> new InvalidInputException("idNumber", "不是本工会的在册会员"));
        if (v.reserved()) {
            throw new InvalidInputException("idNumber", v.name() + "保留会籍，保留会籍期间不参加选举，不能当选会员代表");
        }
        if (r.electedOn().isAfter(LocalDate.now()) || r.electedOn().isBefore(c.getEstablishedOn())) {
            throw new InvalidInputException("electedOn", "当选日期应在会员代表大会建立之后、今天之前");
        }
        long serving = representatives.findByCongressIdOrderByIdAsc(congressId).stream().filter(x -> x.getEndedOn() == null).count();
        if (serving >= c.getSeats()) {
            throw new ConflictException("代表已满" + c.getSeats() + "名，须先结束一名代表的资格");
        }
        return representatives.saveAndFlush(new Representative(congressId, v.memberId(), v.name(), v.sex(), Boolean.TRUE.equals(r.frontline()),
                r.electedOn()));
    }

    @Transactional
    Representative endSeat(long congressId, long representativeId, LocalDate on) {
        get(congressId);
        Representative rep = representatives.findById(representativeId).filter(x -> x.getCongressId() == congressId)
                .orElseThrow(() -> new NotFoundException("会员代表"));
        if (rep.getEndedOn() != null) {
            throw new ConflictException("该代表资格已结束");
        }
        if (on.isBefore(rep.getElectedOn()) || on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("on", "结束日期应在当选之后、今天之前");
        }
        rep.end(on);
        return representatives.saveAndFlush(rep);
    }

    @Transactional
    MembersCongressMeeting meet(long congressId, MeetingRequest r) {
        MembersCongress c = get(congressId);
        if (r.heldOn().isBefore(c.getEstablishedOn()) || r.heldOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("heldOn", "召开日期应在会员代表大会建立之后、今天之前");
        }
        if (r.present() > r.expected()) {
            throw new InvalidInputException("present", "实到人数不能多于应到人数");
        }
        return meetings.saveAndFlush(new MembersCongressMeeting(congressId, r.heldOn(), r.title().strip(), r.expected(), r.present(),
                Texts.blankToNull(r.decisions())));
    }

    /** The members serving as representatives of the union's congress on a day; empty when the union keeps no roster here. */
    @Transactional(readOnly = true)
    Optional<Set<Long>> representativesOn(long unionId, LocalDate day) {
        return congresses.findByUnionId(unionId).map(c -> representatives.findByCongressIdOrderByIdAsc(c.getId()).stream()
                .filter(r -> r.servesOn(day)).map(Representative::getMemberId).collect(Collectors.toSet()))
                .filter(s -> !s.isEmpty());
    }
}
