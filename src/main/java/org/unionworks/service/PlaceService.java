package org.unionworks.service;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;
import org.unionworks.service.web.GrantRequest;
import org.unionworks.service.web.PlaceRequest;
import org.unionworks.service.web.PlaceYearRequest;

/** Service places registered, described, opened and closed, granted money and reviewed year by year. */
@Service
class PlaceService {

    private final ServicePlaceRepository places;
    private final PlaceGrantRepository grants;
    private final PlaceYearRepository years;
    private final Scopes scopes;
    private final OrgDirectory orgs;
    private final Dictionaries dictionaries;

    PlaceService(ServicePlaceRepository places, PlaceGrantRepository grants, PlaceYearRepository years, Scopes scopes, OrgDirectory orgs,
                 Dictionaries dictionaries) {
        this.places = places;
        this.grants = grants;
        this.years = years;
        this.scopes = scopes;
        this.orgs = orgs;
        this.dictionaries = dictionaries;
    }

    @Transactional(readOnly = true)
    ServicePlace get(long id) {
        return places.findById(id).orElseThrow(() -> new NotFoundException("服务阵地"));
    }

    @Transactional
    ServicePlace create(PlaceRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择所属工会");
        }
        ServicePlace.Kind kind = ServicePlace.Kind.of(r.kind()).orElseThrow(() ->
                new InvalidInputException("kind", "请选择阵地类别（职工之家、模范职工之家、职工书屋、户外劳动者服务站点、爱心妈咪小屋）"));
        scopes.requireOpen(r.unionId());
        ServicePlace p = new ServicePlace(r.unionId(), kind);
        p.describe(profile(r, null));
        return places.saveAndFlush(p);
    }

    @Transactional
    ServicePlace update(long id, PlaceRequest r) {
        ServicePlace p = get(id);
        p.requireVersion(r.version(), "该阵地已被他人修改，请刷新后重试");
        p.describe(profile(r, p.getEmployerId()));
        return places.saveAndFlush(p);
    }

    private ServicePlace.Profile profile(PlaceRequest r, Long linked) {
        String division = Texts.blankToNull(r.divisionCode());
        if (division != null && !dictionaries.contains("division", division)) {
            throw new InvalidInputException("divisionCode", "行政区划代码“" + division + "”不在GB/T 2260代码表中");
        }
        String level = Texts.blankToNull(r.level());
        if (level != null && !dictionaries.contains("contest_level", level)) {
            throw new InvalidInputException("level", "请选择命名级别");
        }
        if (r.namedYear() != null && r.namedYear() > LocalDate.now().getYear()) {
            throw new InvalidInputException("namedYear", "命名年度不能晚于今年");
        }
        if (r.openedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("openedOn", "启用日期不能晚于今天");
        }
        List<String> services = r.services() == null ? List.of() : r.services().stream().map(String::strip).distinct().toList();
        for (String s : services) {
            if (!dictionaries.contains("station_service", s)) {
                throw new InvalidInputException("services", "没有这项驿站服务：" + s);
            }
        }
        Long employer = linked;
        String code = CreditCodes.normalize(Texts.blankToNull(r.creditCode()));
        if (code != null) {
            employer = orgs.employerByCreditCode(code).map(EmployerInfo::id).orElseThrow(() ->
                    new InvalidInputException("creditCode", "单位库中没有该统一社会信用代码的单位（或不在您的管辖范围内）"));
        }
        return new ServicePlace.Profile(Texts.clean(r.name()), Texts.clean(r.hostName()), employer, Texts.clean(r.address()), division,
                r.longitude(), r.latitude(), r.openedOn(), level, r.namedYear(), r.books(), r.area(), Texts.blankToNull(r.openingHours()),
                services, Texts.blankToNull(r.phone()), Texts.blankToNull(r.note()));
    }

    @Transactional
    ServicePlace changeStatus(long id, String status, LocalDate on, Long version) {
        ServicePlace p = get(id);
        p.requireVersion(version, "该阵地已被他人修改，请刷新后重试");
        ServicePlace.Status to = java.util.Arrays.stream(ServicePlace.Status.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "状态只能是开放（OPEN）、暂停（SUSPENDED）或关闭（CLOSED）"));
        if (on.isAfter(LocalDate.now())) {
            throw new InvalidInputException("on", "日期不能晚于今天");
        }
        p.changeStatus(to, on);
        return places.saveAndFlush(p);
    }

    @Transactional
    PlaceGrant saveGrant(long placeId, Long grantId, GrantRequest r) {
        get(placeId);
        String fund = Texts.blankToNull(r.fundSource());
        if (fund != null && !dictionaries.contains("fund_source", fund)) {
            throw new InvalidInputException("fundSource", "请选择经费来源");
        }
        if (r.grantedOn().isAfter(LocalDate.now())) {
            throw new InvalidInputException("grantedOn", "补助日期不能晚于今天");
        }
        PlaceGrant g;
        if (grantId == null) {
            g = new PlaceGrant(placeId);
        } else {
            g = grants.findById(grantId).filter(x -> x.getPlaceId() == placeId).orElseThrow(() -> new NotFoundException("补助记录"));
            g.requireVersion(r.version(), "该补助记录已被他人修改，请刷新后重试");
        }
        g.set(r.amount(), r.grantedOn(), fund, Texts.blankToNull(r.purpose()));
        return grants.saveAndFlush(g);
    }

    /** A year's use and review, entered or corrected; a 撤销 closes the place on the last day of that year. */
    @Transactional
    PlaceYear saveYear(long placeId, PlaceYearRequest r) {
        ServicePlace p = get(placeId);
        String review = Texts.blankToNull(r.review());
        if (review != null && !List.of("PASS", "IMPROVE", "REVOKE").contains(review)) {
            throw new InvalidInputException("review", "考核结果只能是合格（PASS）、整改（IMPROVE）或撤销（REVOKE）");
        }
        if (r.year() > LocalDate.now().getYear() || r.year() < p.getOpenedOn().getYear()) {
            throw new InvalidInputException("year", "年度应在启用年度到今年之间");
        }
        PlaceYear y = years.findByPlaceIdAndUseYear(placeId, r.year()).orElseGet(() -> new PlaceYear(placeId, r.year()));
        y.set(r.visits(), review, Texts.blankToNull(r.note()));
        if ("REVOKE".equals(review)) {
            if (p.getStatus() == ServicePlace.Status.CLOSED) {
                throw new ConflictException("该阵地已关闭");
            }
            LocalDate end = LocalDate.of(r.year(), 12, 31);
            p.changeStatus(ServicePlace.Status.CLOSED, end.isAfter(LocalDate.now()) ? LocalDate.now() : end);
            places.saveAndFlush(p);
        }
        return years.saveAndFlush(y);
    }
}
