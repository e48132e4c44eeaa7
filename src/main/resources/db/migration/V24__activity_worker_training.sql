-- Training of workers (职工技能培训) and job services (春风行动、春送岗位) are not cadre training (业务培训):
-- they are kinds of their own, counted and reported apart. A kind is a dictionary code (up to 20
-- characters), so the column takes as many.
alter table activity alter column kind set data type varchar(20);
update dict_type set description = '干部活动和面向职工的培训、竞赛、服务活动的类别' where code = 'activity_kind';
insert into dict_item (type_code, code, label, sort_order) values
 ('activity_kind', 'WORKER_TRAINING', '职工技能培训', 4), ('activity_kind', 'JOB_SERVICE', '春送岗位/就业服务', 5);
