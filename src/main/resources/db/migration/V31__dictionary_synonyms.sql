-- Spreadsheets say the same thing in several ways: 「技能竞赛」 for 「大比武/技能竞赛」, 「党员」 for 「中共党员」, 「本科」
-- for 「大学本科」. Each dictionary entry keeps the other words for it (separated by 、 or ,), which imports accept
-- like its label; administrators extend them in 字典管理.
alter table dict_item add column synonyms varchar(500);

update dict_item set synonyms = '大比武、技能竞赛、技能比武、比武' where type_code = 'activity_kind' and code = 'CONTEST';
update dict_item set synonyms = '学习会、专题学习' where type_code = 'activity_kind' and code = 'STUDY';
update dict_item set synonyms = '培训' where type_code = 'activity_kind' and code = 'TRAINING';
update dict_item set synonyms = '党员、共产党员、中国共产党党员' where type_code = 'political_status' and code = '01';
update dict_item set synonyms = '预备党员' where type_code = 'political_status' and code = '02';
update dict_item set synonyms = '团员、共青团' where type_code = 'political_status' and code = '03';
update dict_item set synonyms = '无党派' where type_code = 'political_status' and code = '12';
update dict_item set synonyms = substring(label, 1, char_length(label) - 1)
 where type_code = 'ethnicity' and label like '%族' and char_length(label) >= 2;
update dict_item set synonyms = '技能竞赛、技能大赛、职业技能大赛' where type_code = 'contest_kind' and code = 'SKILL';
update dict_item set synonyms = '练兵' where type_code = 'contest_kind' and code = 'DRILL';
update dict_item set synonyms = '一等、第一名、金奖' where type_code = 'prize_tier' and code = 'FIRST';
update dict_item set synonyms = '二等、银奖' where type_code = 'prize_tier' and code = 'SECOND';
update dict_item set synonyms = '三等、铜奖' where type_code = 'prize_tier' and code = 'THIRD';
update dict_item set synonyms = '优胜奖、鼓励奖' where type_code = 'prize_tier' and code = 'MERIT';
update dict_item set synonyms = '五级、初级' where type_code = 'skill_grade' and code = 'GRADE5';
update dict_item set synonyms = '四级、中级' where type_code = 'skill_grade' and code = 'GRADE4';
update dict_item set synonyms = '三级、高级' where type_code = 'skill_grade' and code = 'GRADE3';
update dict_item set synonyms = '二级' where type_code = 'skill_grade' and code = 'GRADE2';
update dict_item set synonyms = '一级' where type_code = 'skill_grade' and code = 'GRADE1';
update dict_item set synonyms = '拖欠工资、欠薪讨薪、工资拖欠' where type_code = 'case_kind' and code = 'WAGE_ARREARS';
update dict_item set synonyms = '经费审计、经费审查' where type_code = 'problem_source' and code = 'FUNDS_AUDIT';
update dict_item set synonyms = '调研' where type_code = 'problem_source' and code = 'RESEARCH';
update dict_item set synonyms = '硕士、博士、研究生学历' where type_code = 'education' and code = '10';
update dict_item set synonyms = '本科' where type_code = 'education' and code = '20';
update dict_item set synonyms = '大专、专科' where type_code = 'education' and code = '30';
update dict_item set synonyms = '中专、职高、技校、中职' where type_code = 'education' and code = '40';
update dict_item set synonyms = '高中' where type_code = 'education' and code = '60';
update dict_item set synonyms = '初中' where type_code = 'education' and code = '70';
