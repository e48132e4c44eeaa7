package org.unionworks.honor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A model worker (PERSON, with ID number) or an honored collective (COLLECTIVE). */
public record HonoreeRequest(Long unionId,
                             @NotBlank(message = "请选择类型") String kind,
                             @NotBlank(message = "请填写姓名或集体名称") @Size(max = 100, message = "名称不能超过100个字符") String name,
                             String idNumber,
                             @Size(max = 200, message = "工作单位不能超过200个字符") String employerName,
                             @Size(max = 100, message = "职务岗位不能超过100个字符") String post,
                             @Size(max = 4000, message = "主要事迹不能超过4000个字符") String deeds,
                             String photoFileId,
                             String status,
                             Boolean publicProfile,
                             Long version) {
}
