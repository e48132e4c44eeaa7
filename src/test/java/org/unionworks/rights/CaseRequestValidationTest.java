package org.unionworks.rights;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.unionworks.support.WebSliceTestBase;

/**
 * The web layer alone (no database): a case form with what a cadre gets wrong is answered 400 with a
 * Chinese message on each field, and never reaches the service.
 */
@WebMvcTest(RightsController.class)
@WithMockUser(authorities = "rights:write")
class CaseRequestValidationTest extends WebSliceTestBase {

    @MockitoBean
    RightsService service;
    @MockitoBean
    RightsCaseRepository cases;

    @Test
    void everyMistakeOfTheFormIsNamedInChinese() throws Exception {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        mvc.perform(post("/api/rights/cases").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"unionId": 5, "kind": "", "employerName": "%s", "workersCount": 0, "amountClaimed": -1,
                         "acceptedOn": "%s", "workers": [{"name": ""}]}""".formatted("某".repeat(201), tomorrow)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("请选择案件类别"))
                .andExpect(jsonPath("$.errors[?(@.field == 'employerName')].message").value("涉及单位不能超过200个字符"))
                .andExpect(jsonPath("$.errors[?(@.field == 'workersCount')].message").value("涉及职工人数至少为1"))
                .andExpect(jsonPath("$.errors[?(@.field == 'amountClaimed')].message").value("诉求金额不能为负数"))
                .andExpect(jsonPath("$.errors[?(@.field == 'acceptedOn')].message").value("受理日期不能晚于今天"))
                .andExpect(jsonPath("$.errors[?(@.field == 'workers[0].name')].message").value("职工姓名不能为空"));
        verify(service, never()).accept(anyLong(), any());
    }

    @Test
    void aDateThatIsNotADateIsNamed() throws Exception {
        mvc.perform(post("/api/rights/cases").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"unionId": 5, "kind": "WAGE_ARREARS", "employerName": "某公司", "workersCount": 3,
                         "acceptedOn": "2026-02-30"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("acceptedOn"));
    }
}
