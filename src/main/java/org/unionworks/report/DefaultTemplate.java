package org.unionworks.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;

/**
 * The default template, following the structure of a federation's annual work summary. It names
 * figures through the catalogue, so it can only use placeholders that exist. Download it, change
 * the wording, and upload it as your own.
 */
@Component
class DefaultTemplate {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Figures figures;

    DefaultTemplate(Figures figures) {
        this.figures = figures;
        for (Indicator i : figures.catalogue()) {
            names.put(i.key(), i.name());
        }
    }

    private String f(String key) {
        String name = names.get(key);
        if (name == null) {
            throw new IllegalStateException("no figure " + key);
        }
        return "{{" + name + "}}";
    }

    byte[] build() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            title(doc, "{{工会名称}}{{年度}}年度工作总结");
            centered(doc, "（统计期间：{{期间开始}}至{{期间结束}}；存量数据截至{{统计日}}）");
            heading(doc, "一、掌握家底、扩大覆盖、下沉指导，组织建设不断加强");
            body(doc, "截至{{统计日}}，共有基层工会" + f("org.grassroots") + "家，涵盖单位" + f("org.coveredEmployers")
                    + "家，职工人数" + f("org.employees") + "人，工会会员" + f("member.total") + "名[[，其中|女会员" + f("member.women")
                    + "名|农民工会员" + f("member.migrant") + "名|新就业形态劳动者会员" + f("member.newForm") + "名|]][[；建会率"
                    + f("org.unionizationRate") + "%]][[，入会率" + f("member.membershipRate") + "%]]。");
            body(doc, "[[全年|新建工会组织" + f("org.newUnions") + "家|新发展会员" + f("member.newMembers") + "名|。]]"
                    + "[[其中网上入会" + f("member.joinedOnline") + "名。]]"
                    + "[[开展基层工会摸底排查，覆盖工会" + f("org.surveyedUnions") + "家。]]"
                    + "[[指导" + f("org.electionsOnTime") + "家任期已满的基层工会按时换届。]]"
                    + "[[目前仍有|" + f("org.termsOverdue") + "家任期已满未换届|" + f("org.termsExpiring") + "家将在90天内届满|。]]");
            heading(doc, "二、崇尚劳模、学习劳模、关爱劳模");
            body(doc, "[[现有劳动模范和先进人物（集体）" + f("honor.honorees") + "名。]][[其中|全国级" + f("honor.national") + "名|省级"
                    + f("honor.provincial") + "名|。]][[统计期间新获得荣誉" + f("honor.awards") + "项。]]"
                    + "[[走访慰问劳模" + f("honor.careVisits") + "人次。]][[投入关爱资金" + f("honor.careAmount") + "万元。]]"
                    + "[[关爱资金中，|" + parts("honor.careAmount", "careKind", "万元") + "|。]]"
                    + "[[宣传劳模先进事迹，发布宣传稿件" + f("honor.stories") + "篇。]]");
            heading(doc, "三、精准帮扶困难职工");
            body(doc, "[[在档困难职工" + f("assist.files") + "户。]][[全年|新建档" + f("assist.newFiles") + "户|解困退出"
                    + f("assist.exits") + "户|。]][[发放帮扶资金" + f("assist.aidAmount") + "万元[[，帮扶" + f("assist.aidedPersons")
                    + "人]]。]][[其中|" + parts("assist.aidAmount", "aidKind", "万元") + "|。]]"
                    + "[[按受助人次，|" + parts("assist.aidTimes", "aidKind", "人次") + "|。]]"
                    + "[[惠及建档困难职工" + f("assist.aided") + "户。]][[对未建档的" + f("assist.reliefHouseholds") + "户职工家庭开展临时救助。]]");
            heading(doc, "四、依法维护职工合法权益");
            body(doc, "[[为" + f("rights.workersHelped") + "名职工追回被拖欠工资" + f("rights.wagesRecovered") + "万元。]]"
                    + "[[受理维权案件" + f("rights.cases") + "件[[，办结" + f("rights.casesClosed") + "件]]。]]"
                    + "[[按类别，|" + parts("rights.cases", "caseKind", "件") + "|。]]"
                    + "[[为职工挽回经济损失" + f("rights.amountRecovered") + "万元。]]"
                    + "[[开展普法宣传活动" + f("rights.outreachEvents") + "场[[，受众" + f("rights.outreachAudience") + "人次]]。]]");
            heading(doc, "五、健全制度，抓好问题整改");
            body(doc, "[[现行有效制度" + f("governance.rulesInForce") + "项。]][[本期|制定制度" + f("governance.rulesEnacted")
                    + "项|修订制度" + f("governance.rulesRevised") + "项|。]][[查找问题" + f("governance.problemsFound") + "个，涉及"
                    + f("governance.problemCategories") + "类[[，完成整改" + f("governance.problemsFixed") + "个[[，其中按期完成"
                    + f("governance.problemsOnTime") + "个]]]]。]][[另有" + f("governance.problemsOverdue") + "个问题逾期未完成整改。]]"
                    + "[[按类别，|" + parts("governance.problemsFound", "problemCategory", "个") + "|。]]");
            body(doc, "[[深入开展大调研[[，走访基层工会和企业" + f("activity.unitsVisited") + "家]][[，找准" + f("governance.researchCategories")
                    + "类" + f("governance.researchProblems") + "个堵点问题，全部列入整改台账]]。]]");
            heading(doc, "六、加强干部队伍建设");
            body(doc, "[[举办|专题学习会" + f("activity.studySessions") + "次|业务培训" + f("activity.trainings") + "期[[，培训"
                    + f("activity.trainingParticipants") + "人次]]|。]][[派出蹲点工作组" + f("activity.workGroups") + "个[[，覆盖基层工会"
                    + f("activity.unionsReached") + "家]][[，办成实事" + f("activity.practicalMatters") + "件]]。]]");
            heading(doc, "七、弘扬工匠精神，建设高素质产业工人队伍");
            body(doc, "[[举办劳动和技能竞赛" + f("craft.contests") + "项[[，设比武项目" + f("craft.contestItems") + "个]][[，[["
                    + f("craft.contestUnits") + "家单位]][[" + f("craft.contestants") + "人次职工]]参加岗位练兵和选拔赛]][[，"
                    + f("craft.finalists") + "人次进入决赛]]。]][[其中|" + parts("craft.contests", "contestKind", "项") + "|。]]"
                    + "[[产生|技术能手等称号获得者" + f("craft.titles") + "名|获奖选手" + f("craft.winners") + "名|。]]"
                    + "[[" + f("craft.gradeUpgrades") + "人通过竞赛晋升技术等级。]]");
            body(doc, "[[现有劳模和工匠人才创新工作室" + f("craft.studios") + "个。]][[按级别，|" + parts("craft.studios", "studioLevel", "个")
                    + "|。]][[本期新命名" + f("craft.studiosNamed") + "个。]][[创新工作室取得成果" + f("craft.studioAchievements")
                    + "项[[，创造经济效益" + f("craft.studioBenefit") + "万元]]。]][[职工取得五小和合理化建议成果"
                    + f("craft.smallInnovations") + "项[[，创造经济效益" + f("craft.innovationBenefit") + "万元]]。]]"
                    + "[[" + f("craft.evaluatingEmployers") + "家企业开展内部技术职称、技能等级评聘。]]");
            heading(doc, "八、提升职工技能素质，服务职工就业");
            body(doc, "[[开展职工技能培训" + f("activity.workerTrainings") + "期[[，培训职工" + f("activity.workerTrainees") + "人次]]。]]"
                    + "[[开展大比武活动" + f("activity.contests") + "场[[，参加" + f("activity.contestants") + "人次]]。]]"
                    + "[[开展“春风行动”等就业服务活动" + f("activity.jobServices") + "场[[，服务职工" + f("activity.jobServiceParticipants")
                    + "人次]]。]]");
            heading(doc, "九、普惠服务职工，建好用好服务阵地");
            body(doc, "[[开展普惠服务项目" + f("service.programmes") + "项。]][[其中|" + parts("service.programmes", "programmeKind", "项") + "|。]]"
                    + "[[慰问职工" + f("service.beneficiaries") + "人次。]][[发放|资金" + f("service.cash") + "万元|物资折款" + f("service.goods")
                    + "万元|。]][[按项目，|" + parts("service.beneficiaries", "programmeKind", "人次") + "|。]]"
                    + "[[走访慰问单位" + f("service.units") + "家次[[，覆盖职工" + f("service.workersReached") + "人次]]。]]"
                    + "[[惠及在档困难职工家庭" + f("service.households") + "户。]]"
                    + "[[送温暖慰问困难职工标准为每人" + f("service.warmthStandard") + "元。]]");
            body(doc, "[[职工医疗互助保障|参保单位" + f("insurance.units") + "家|参保职工" + f("insurance.workers") + "人|缴纳互助金"
                    + f("insurance.premiums") + "万元|。]][[为" + f("insurance.claims") + "人次患病职工给付互助金" + f("insurance.payouts")
                    + "万元。]][[累计为" + f("insurance.claimsEver") + "人次患病职工给付互助金" + f("insurance.payoutsEver") + "万元。]]");
            body(doc, "[[现有服务阵地" + f("service.places") + "个。]][[其中|" + parts("service.places", "placeKind", "个") + "|。]]"
                    + "[[命名模范职工之家" + f("service.modelHomes") + "个。]][[为" + f("service.grantedPlaces") + "个阵地发放补助"
                    + f("service.grants") + "万元。]][[服务阵地服务职工" + f("service.placeVisits") + "人次。]]");
            heading(doc, "十、民主管理和女职工工作");
            body(doc, "[[现有有效集体合同" + f("democracy.contracts") + "份。]][[其中|" + parts("democracy.contracts", "contractKind", "份")
                    + "|。]][[覆盖单位" + f("democracy.contractEmployers") + "家[[，覆盖职工" + f("democracy.contractWorkers") + "人次]]。]]"
                    + "[[已建会单位集体合同覆盖率" + f("democracy.contractCoverageRate") + "%。]][[本期新签和续签集体合同"
                    + f("democracy.contractsSigned") + "份。]][[审查备案" + f("democracy.contractsFiled") + "份。]]"
                    + "[[工资集体协商约定工资平均增幅" + f("democracy.wageRise") + "%。]]");
            body(doc, "[[建立职代会制度的单位" + f("democracy.congressEmployers") + "家。]][[本期召开职代会" + f("democracy.congressSessions")
                    + "次[[，收到提案" + f("democracy.proposals") + "件]]。]][[办结提案" + f("democracy.proposalsHandled") + "件。]]"
                    + "[[" + f("democracy.disclosureEmployers") + "家单位实行厂务公开[[，公开事项" + f("democracy.disclosures") + "项]]。]]");
            body(doc, "[[本期" + f("democracy.elections")
                    + "家工会按《工会基层组织选举工作条例》完成预备人选审查、差额选举和选举结果报批。]][[选举产生委员" + f("democracy.elected")
                    + "名[[，其中|女委员" + f("democracy.electedWomen") + "名|一线职工" + f("democracy.electedFrontline") + "名|]]。]]"
                    + "[[" + f("democracy.womensCommitteesElected") + "家工会同时选举产生女职工委员会。]]"
                    + "[[" + f("org.termsPostponed") + "家经上级工会批准延期换届。]]"
                    + "[[" + f("democracy.membersCongresses") + "家工会建立会员代表大会制度[[，在任会员代表" + f("democracy.representatives")
                    + "名[[，其中一线职工" + f("democracy.frontlineRepresentatives") + "名]]]]。]][[本期召开会员代表大会"
                    + f("democracy.membersCongressMeetings") + "次。]]");
            body(doc, "[[建立女职工委员会的工会" + f("democracy.womensCommittees") + "家[[，女职委委员" + f("democracy.womensCommitteeMembers")
                    + "人]]。]][[" + f("democracy.fourPeriodsEmployers") + "家单位落实女职工“四期”保护。]][[" + f("democracy.protectionChecks")
                    + "家单位开展女职工特殊劳动保护专项检查。]][[组织" + f("democracy.screenedWomen") + "名女职工参加“两癌”筛查。]]"
                    + "[[建成爱心妈咪小屋{{service.places[MOTHER_ROOM]}}个。]]");
            heading(doc, "十一、管好用好工会经费，加强经费审查监督");
            body(doc, "[[应缴工会经费（含筹备金）" + f("funds.due") + "万元，实收" + f("funds.collected") + "万元。]][[收缴率"
                    + f("funds.collectionRate") + "%。]][[其中|" + parts("funds.collected", "payerType", "万元") + "|。]]"
                    + "[[按缴费方式，|" + parts("funds.collected", "fundsChannel", "万元") + "|。]]"
                    + "[[" + f("funds.preparatoryPayers") + "家未建会单位缴纳工会筹备金，列为建会重点对象。]]"
                    + "[[" + f("funds.arrearsEmployers") + "家单位欠缴工会经费，已督促补缴。]]"
                    + "[[为" + f("funds.smallReturns") + "家小微企业返还工会经费" + f("funds.smallReturnAmount") + "万元。]]");
            body(doc, "[[拨付补助资金" + f("funds.allocated") + "万元。]][[其中|" + parts("funds.allocated", "allocationPurpose", "万元") + "|。]]"
                    + "[[开展经费审查" + f("funds.audits") + "项[[，发现问题" + f("funds.auditFindings") + "个[[，涉及金额" + f("funds.findingAmount")
                    + "万元]][[，已整改" + f("funds.findingsRectified") + "个]]]]。]]");
            body(doc, "[[数据说明：{{数据说明}}]]");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The items of a list clause: each value of the figure's dimension with its part placeholder and the
     * unit, 金秋助学{{帮扶资金[金秋助学]}}万元|送温暖{{帮扶资金[送温暖]}}万元|…
     */
    private String parts(String key, String dimension, String unit) {
        var d = figures.dimension(dimension).orElseThrow(() -> new IllegalStateException("no dimension " + dimension));
        String name = names.get(key);
        return String.join("|", figures.labels(d).values().stream().map(label -> label + "{{" + name + "[" + label + "]}}" + unit).toList());
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(18);
        r.setFontFamily("SimHei");
        r.setText(text);
    }

    private static void centered(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setFontSize(11);
        r.setText(text);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setBold(true);
        r.setFontSize(14);
        r.setFontFamily("SimHei");
        r.setText(text);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(560);
        XWPFRun r = p.createRun();
        r.setFontSize(12);
        r.setFontFamily("FangSong");
        r.setText(text);
    }
}
