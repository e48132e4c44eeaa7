package org.unionworks.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.service.web.PlaceRequest;

/** The service places a federation already keeps in a spreadsheet (驿站台账, 职工之家名录); a place of the same kind and name is updated. */
@Component
class PlaceImportDefinition implements ImportDefinition<PlaceRequest> {

    private final PlaceService service;
    private final ServicePlaceRepository places;
    private final Scopes scopes;
    private final Dictionaries dictionaries;

    PlaceImportDefinition(PlaceService service, ServicePlaceRepository places, Scopes scopes, Dictionaries dictionaries) {
        this.service = service;
        this.places = places;
        this.scopes = scopes;
        this.dictionaries = dictionaries;
    }

    @Override
    public String entity() { return "ServicePlace"; }

    @Override
    public String path() { return "/api/service-places"; }

    @Override
    public String permission() { return "service:write"; }

    @Override
    public String title() { return "服务阵地"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.union("unionId", "所属工会", "100"),
                Column.required("kind", "阵地类别", "户外劳动者服务站点").note("职工之家、模范职工之家、职工书屋、户外劳动者服务站点或爱心妈咪小屋"),
                Column.required("name", "阵地名称", "福田口岸户外劳动者服务站"),
                Column.required("hostName", "依托单位", "福田区环卫所"),
                Column.optional("creditCode", "统一社会信用代码", "91330100MA2XXXXX0X").note("依托单位在单位库中的，填写后关联"),
                Column.required("address", "地址", "福田区福华路1号"),
                Column.optional("divisionCode", "行政区划", "福田区").dict("division"),
                Column.optional("longitude", "经度", "114.0579"),
                Column.optional("latitude", "纬度", "22.5431"),
                Column.required("openedOn", "启用日期", "2025-06-01"),
                Column.optional("level", "命名级别", "市级").dict("contest_level").note("模范职工之家必填"),
                Column.optional("namedYear", "命名年度", "2024").note("模范职工之家必填"),
                Column.optional("books", "藏书（册）", "3000"),
                Column.optional("area", "面积（㎡）", "60"),
                Column.optional("openingHours", "开放时间", "7:00-21:00"),
                Column.optional("services", "服务项目", "饮水、休息、充电、如厕").note("用顿号分隔：" + String.join("、",
                        dictionaries.entries("station_service").stream().map(Dictionaries.Entry::label).toList())),
                Column.optional("phone", "联系电话", "0755-12345678"));
    }

    @Override
    public PlaceRequest parse(ImportRow row) {
        Long union = row.union("unionId", scopes);
        String kindText = row.text("kind");
        var kind = kindText == null ? null : ServicePlace.Kind.of(kindText).orElse(null);
        if (kindText != null && kind == null) {
            row.error("阵地类别“" + kindText + "”应为职工之家、模范职工之家、职工书屋、户外劳动者服务站点或爱心妈咪小屋");
        }
        String code = row.text("creditCode");
        if (code != null && !CreditCodes.isValid(code)) {
            row.error("统一社会信用代码“" + code + "”校验不通过");
        }
        BigDecimal lon = row.amount("longitude", new BigDecimal("73"), new BigDecimal("136"));
        BigDecimal lat = row.amount("latitude", new BigDecimal("3"), new BigDecimal("54"));
        if ((lon == null) != (lat == null)) {
            row.error("经度和纬度须同时填写");
        }
        String level = row.dict("level");
        Integer namedYear = row.integer("namedYear", 1990, 2100);
        if (kind == ServicePlace.Kind.MODEL_HOME && (level == null || namedYear == null)) {
            row.error("模范职工之家须填写命名级别和命名年度");
        }
        List<String> services = services(row);
        return new PlaceRequest(union, kind == null ? null : kind.name(), row.text("name", 200), row.text("hostName", 200), code,
                row.text("address", 200), row.dict("divisionCode"), lon, lat, row.pastDate("openedOn"), level, namedYear,
                row.integer("books", 0, 100_000_000), row.amount("area", new BigDecimal("0.01"), new BigDecimal("99999999")),
                row.text("openingHours", 100), services, row.text("phone", 20), null, null);
    }

    private List<String> services(ImportRow row) {
        String text = row.text("services");
        if (text == null) {
            return List.of();
        }
        var byLabel = dictionaries.entries("station_service");
        return Arrays.stream(text.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).map(s -> byLabel.stream()
                .filter(e -> e.label().equals(s) || e.code().equals(s)).findFirst().map(Dictionaries.Entry::code).orElseGet(() -> {
                    row.error("服务项目“" + s + "”不在驿站服务项目字典中");
                    return s;
                })).toList();
    }

    @Override
    public Object key(PlaceRequest r) { return r.kind() + "/" + r.name(); }

    @Override
    public String describeKey(Object key) { return "同类别的阵地名称 " + key.toString().replaceAll("^[^/]*/", ""); }

    @Override
    public ImportCounts write(List<PlaceRequest> rows) {
        int created = 0;
        int changed = 0;
        for (PlaceRequest r : rows) {
            ServicePlace existing = places.findAll((p, q, cb) -> cb.and(cb.equal(p.get("kind"), ServicePlace.Kind.valueOf(r.kind())),
                    cb.equal(p.get("name"), r.name()))).stream().findFirst().orElse(null);
            if (existing == null) {
                service.create(r);
                created++;
            } else {
                service.update(existing.getId(), new PlaceRequest(r.unionId(), r.kind(), r.name(), r.hostName(), r.creditCode(), r.address(),
                        r.divisionCode(), r.longitude(), r.latitude(), r.openedOn(), r.level(), r.namedYear(), r.books(), r.area(), r.openingHours(),
                        r.services(), r.phone(), existing.getNote(), existing.getVersion()));
                changed++;
            }
        }
        return new ImportCounts(created, changed, 0);
    }
}
