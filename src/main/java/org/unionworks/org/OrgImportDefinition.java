package org.unionworks.org;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.ApproximateDate;
import org.unionworks.platform.validation.CreditCodes;

/**
 * Import of unions. A row updates the union named by 编号, else the one with the same credit code,
 * else the active union of the same name under the same upper union; otherwise it creates one.
 * The upper union is named by 编号 or by name, and may be a union created by an earlier row.
 * An import never moves a union: that is done with 移动.
 */
@Component
class OrgImportDefinition implements ImportDefinition<OrgImportDefinition.Row> {

    record Row(int number, Long id, Long parentId, String parentName, OrgFields fields) {
    }

    private static final String CREATED_NAMES = "org.createdNames";
    /** Parents named by id, looked up once per import: a file's rows mostly share a few. */
    private static final String PARENTS = "org.parents";

    private final OrgService service;
    private final OrgRules rules;
    private final UnionOrgRepository orgs;
    private final BulkWriter bulk;
    private final JdbcClient jdbc;

    OrgImportDefinition(OrgService service, OrgRules rules, UnionOrgRepository orgs, BulkWriter bulk, JdbcClient jdbc) {
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.service = service;
        this.rules = rules;
        this.orgs = orgs;
    }

    @Override
    public String entity() {
        return "UnionOrg";
    }

    @Override
    public String path() {
        return "/api/orgs";
    }

    @Override
    public String permission() {
        return "org:import";
    }

    @Override
    public String title() {
        return "工会组织";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.optional("id", "编号", "").note("填写则更新该编号的工会；新建时留空"),
                Column.required("name", "工会名称", "某某科技有限公司工会委员会"),
                Column.optional("parentId", "上级工会编号", "").note("与“上级工会名称”二选一；名称重复时须填编号"),
                Column.optional("parentName", "上级工会名称", "某某区总工会").note("可填本文件中前面各行新建的工会"),
                Column.optional("shortName", "简称", "某某科技工会"),
                Column.required("orgType", "组织类型", "基层工会").dict("org_type"),
                Column.optional("grassrootsKind", "基层工会类型", "企业工会").dict("grassroots_kind")
                        .note("组织类型为基层工会时必填"),
                Column.optional("creditCode", "统一社会信用代码", "").note("18位，按 GB 32100 校验"),
                Column.optional("legalPersonCertNo", "法人资格证号", ""),
                Column.optional("divisionCode", "行政区划代码", "440305").note("6位 GB/T 2260 代码"),
                Column.optional("address", "地址", "某某路1号"),
                Column.optional("foundedOn", "成立日期", "2020-05-01").note("yyyy-MM-dd；只知年份或年月的填 2015 或 2015-06；"
                        + "不知道的填“日期不详，按2015-01-01计”，留空或“日期不详”按录入系统的日期计（均列入数据质量清单）"),
                Column.optional("chairName", "工会主席", "张三"),
                Column.optional("contactName", "联系人", "李四"),
                Column.optional("contactPhone", "联系电话", "13800138000"),
                Column.optional("approvalUnionId", "批准工会编号", "100").note("批准建会的上级工会编号"),
                Column.optional("approvalNo", "批准文号", "某工复〔2026〕12号"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long id = row.integer("id", 1, Integer.MAX_VALUE) == null ? null : Long.valueOf(row.text("id"));
        String name = row.text("name", 100);
        Long parentId = row.integer("parentId", 1, Integer.MAX_VALUE) == null ? null : Long.valueOf(row.text("parentId"));
        String parentName = row.text("parentName", 100);
        String typeCode = row.dict("orgType");
        String kind = row.dict("grassrootsKind");
        String creditCode = CreditCodes.normalize(row.text("creditCode"));
        ApproximateDate founded = row.approximateDate("foundedOn");
        OrgFields fields = new OrgFields(name, row.text("shortName", 50),
                typeCode == null ? null : OrgType.valueOf(typeCode), kind, creditCode,
                row.text("legalPersonCertNo", 50), row.text("divisionCode"), row.text("address", 200),
                founded == null ? null : founded.date(), row.text("chairName", 50), row.text("contactName", 50),
                row.text("contactPhone", 20),
                row.integer("approvalUnionId", 1, Integer.MAX_VALUE) == null ? null : Long.valueOf(row.text("approvalUnionId")),
                row.text("approvalNo", 50), founded == null ? ApproximateDate.Precision.DAY : founded.precision());
        UnionOrg existing = id == null ? null : orgs.findById(id).orElse(null);
        if (id != null && existing == null) {
            row.error("编号" + id + "的工会不存在或不在您的管辖范围内");
        }
        if (existing != null && !existing.isActive()) {
            row.error("编号" + id + "的工会已撤销或合并，不能修改");
        }
        UnionOrg parent = resolveParent(row, parentId, parentName, existing);
        if (existing != null && parent != null && !parent.getId().equals(existing.getParentId())) {
            row.error("导入不能调整上级工会，请使用“移动”功能");
        }
        if (existing == null && creditCode != null) {
            existing = orgs.findByCreditCode(creditCode).orElse(null);
        }
        for (FieldProblem p : rules.check(fields, existing)) {
            row.error(p.message());
        }
        if (parent != null) {
            rules.checkPlacement(parent, fields.orgType()).forEach(p -> row.error(p.message()));
            rules.checkApproval(parent.getPath(), fields).forEach(p -> row.error(p.message()));
        }
        if (name == null || fields.orgType() == null) {
            return null;
        }
        createdNames(row).add(name);
        return new Row(row.number(), id, parent == null ? null : parent.getId(), parentName, fields);
    }

    @Override
    public Object key(Row row) {
        if (row.id() != null) {
            return "编号 " + row.id();
        }
        if (row.fields().creditCode() != null) {
            return "统一社会信用代码 " + row.fields().creditCode();
        }
        return "上级“" + (row.parentId() != null ? row.parentId() : row.parentName()) + "”下的“" + row.fields().name() + "”";
    }

    /**
     * New unions by one COPY per chunk, with ids drawn in one statement (the figures' tallies follow every statement on the
     * union tree: one union at a time cost about 4 ms); changed ones through the entity, so that the audit log has each
     * change with before and after. A row may name as its parent a union created by an earlier row of the chunk.
     */
    @Override
    public ImportCounts write(List<Row> rows) {
        int updated = 0;
        int unchanged = 0;
        Map<String, UnionOrg> createdHere = new HashMap<>();
        List<UnionOrg> fresh = new ArrayList<>();
        Deque<Long> ids = new ArrayDeque<>();
        Map<String, UnionOrg> byParentAndName = byParentAndName(rows);
        for (Row row : rows) {
            UnionOrg newParent = row.parentId() == null ? createdHere.get(row.parentName()) : null;
            UnionOrg existing = find(row, newParent != null ? null : row.parentId(), byParentAndName);
            try {
                if (existing == null) {
                    UnionOrg parent = newParent != null ? newParent : row.parentId() == null ? null : service.get(row.parentId());
                    if (parent == null) {
                        throw new InvalidInputException("parentName", "上级工会“" + row.parentName() + "”不存在");
                    }
                    service.checkNew(parent, row.fields());
                    if (ids.isEmpty()) {
                        ids.addAll(service.nextIds(rows.size()));
                    }
                    UnionOrg org = UnionOrg.under(ids.pop(), parent, row.fields());
                    fresh.add(org);
                    createdHere.put(org.getName(), org);
                } else if (existing.sameAs(row.fields())) {
                    unchanged++;
                } else {
                    service.update(existing.getId(), existing.getVersion(), row.fields());
                    updated++;
                }
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem("file", "第" + row.number() + "行：" + p.message())).toList());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bulk.write("union_org", INSERT_COLUMNS, fresh.stream().map(o -> newUnion(o, now)).iterator());
        return new ImportCounts(fresh.size(), updated, unchanged);
    }

    /** As after the employer import: a thousand new unions or more leave the tree's statistics describing it before them. */
    @Override
    public void afterCommit(ImportCounts written) {
        if (bulk.postgres() && written.created() >= 1_000) {
            jdbc.sql("analyze union_org").update();
        }
    }

    private static final List<String> INSERT_COLUMNS = List.of("id", "parent_id", "path", "depth", "district_id", "name", "short_name",
            "org_type", "grassroots_kind", "credit_code", "legal_person_cert_no", "division_code", "address", "founded_on",
            "founded_on_precision", "chair_name", "contact_name", "contact_phone", "approval_union_id", "approval_no", "status",
            "sort_order", "version", "created_at", "updated_at");

    private static Object[] newUnion(UnionOrg o, OffsetDateTime now) {
        return new Object[] {o.getId(), o.getParentId(), o.getPath(), o.getDepth(), o.getDistrictId(), o.getName(), o.getShortName(),
            o.getOrgType().name(), o.getGrassrootsKind(), o.getCreditCode(), o.getLegalPersonCertNo(), o.getDivisionCode(),
            o.getAddress(), o.getFoundedOn(), o.getFoundedOnPrecision().name(), o.getChairName(), o.getContactName(),
            o.getContactPhone(), o.getApprovalUnionId(), o.getApprovalNo(), o.getStatus().name(), 0, 0, now, now};
    }

    private UnionOrg find(Row row, Long parentId, Map<String, UnionOrg> byParentAndName) {
        if (row.id() != null) {
            return orgs.findById(row.id()).orElse(null);
        }
        if (row.fields().creditCode() != null) {
            var byCode = orgs.findByCreditCode(row.fields().creditCode());
            if (byCode.isPresent()) {
                return byCode.get();
            }
        }
        return parentId == null ? null : byParentAndName.get(parentId + "/" + row.fields().name());
    }

    /** The active unions that rows naming their parent by id may mean, read in one query for the chunk. */
    private Map<String, UnionOrg> byParentAndName(List<Row> rows) {
        List<Long> parents = rows.stream().map(Row::parentId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, UnionOrg> found = new HashMap<>();
        if (!parents.isEmpty()) {
            orgs.findByParentIdInAndNameInAndStatus(parents, rows.stream().map(r -> r.fields().name()).distinct().toList(), OrgStatus.ACTIVE)
                    .forEach(o -> found.put(o.getParentId() + "/" + o.getName(), o));
        }
        return found;
    }

    private UnionOrg resolveParent(ImportRow row, Long parentId, String parentName, UnionOrg existing) {
        if (parentId != null) {
            @SuppressWarnings("unchecked")
            Map<Long, Optional<UnionOrg>> parents = (Map<Long, Optional<UnionOrg>>) row.shared().computeIfAbsent(PARENTS, k -> new HashMap<>());
            UnionOrg parent = parents.computeIfAbsent(parentId, orgs::findById).orElse(null);
            if (parent == null) {
                row.error("上级工会编号" + parentId + "不存在或不在您的管辖范围内");
            }
            return parent;
        }
        if (parentName == null) {
            if (existing == null) {
                row.error("请填写上级工会编号或上级工会名称");
            }
            return null;
        }
        List<UnionOrg> matches = orgs.findByNameAndStatus(parentName, OrgStatus.ACTIVE);
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            row.error("上级工会名称“" + parentName + "”有" + matches.size() + "个同名工会，请改填上级工会编号");
        } else if (!createdNames(row).contains(parentName)) {
            row.error("上级工会“" + parentName + "”不存在或不在您的管辖范围内");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> createdNames(ImportRow row) {
        return (Set<String>) row.shared().computeIfAbsent(CREATED_NAMES, k -> new HashSet<String>());
    }
}
