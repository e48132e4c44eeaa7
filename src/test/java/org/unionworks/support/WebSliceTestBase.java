package org.unionworks.support;

import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.access.SqlScopes;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.audit.DeniedAccesses;
import org.unionworks.platform.excel.SpreadsheetExports;

import jakarta.persistence.EntityManagerFactory;

/**
 * For {@code @WebMvcTest} slices of one controller: the web layer (validation, error answers, the
 * platform's filters and interceptors) without a database; the platform beans a controller or the
 * web layer needs are mocks, so a slice checks what a request must look like, never what it does.
 */
public abstract class WebSliceTestBase {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    EntityManagerFactory entities;
    @MockitoBean
    DeniedAccesses denied;
    @MockitoBean
    protected OrgTree orgTree;
    @MockitoBean
    protected Scopes scopes;
    @MockitoBean
    protected Subtrees subtrees;
    @MockitoBean
    protected SqlScopes sqlScopes;
    @MockitoBean
    protected JdbcClient jdbc;
    @MockitoBean
    protected SpreadsheetExports exports;
}
