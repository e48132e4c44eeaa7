-- A dictionary code may be up to 20 characters (dict_item.code, and what 系统管理 → 字典 accepts), but several
-- columns holding one were narrower: a record using a longer code an administrator had added failed to save.
-- Every column that stores a code of a dictionary an administrator can extend takes 20 characters.
alter table aid_record alter column kind set data type varchar(20);
alter table outreach alter column kind set data type varchar(20);
alter table hardship_file alter column category set data type varchar(20);
alter table hardship_file alter column identity set data type varchar(20);
alter table hardship_file alter column exit_reason set data type varchar(20);
alter table rectification alter column source set data type varchar(20);
alter table employer alter column ownership_type set data type varchar(20);
alter table employer alter column industry set data type varchar(20);
alter table member alter column ethnicity set data type varchar(20);
alter table member alter column political_status set data type varchar(20);
alter table member alter column education set data type varchar(20);
alter table member alter column hukou_type set data type varchar(20);
