package org.unionworks.assist.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 补录: a file as it was filed before the system was used, with its real filing date and, when it has
 * already ended, its exit (reason and date together).
 */
public record BackfillRequest(@NotNull(message = "请填写档案内容") @Valid FileRequest file,
                              @NotNull(message = "请填写建档日期") LocalDate filedOn,
                              String exitReason,
                              LocalDate exitOn,
                              @Size(max = 200, message = "退出说明不能超过200个字符") String exitNote) {

    public boolean exited() {
        return exitReason != null && !exitReason.isBlank() || exitOn != null;
    }
}
