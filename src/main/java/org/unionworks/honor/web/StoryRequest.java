package org.unionworks.honor.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A story (事迹宣传) about a model worker in the register, or about no one in particular. */
public record StoryRequest(
        @NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过200字") String title,
        @NotBlank(message = "请填写正文") @Size(max = 20000, message = "正文不能超过20000字") String body,
        Long honoreeId,
        String imageFileId,
        @Size(max = 100, message = "刊发媒体不能超过100个字符") String mediaOutlet,
        LocalDate storyOn) {
}
