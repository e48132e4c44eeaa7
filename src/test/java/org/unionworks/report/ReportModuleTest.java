package org.unionworks.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.unionworks.support.ModuleTests;

/**
 * The 工作总结与统计 module starts with only the modules it depends on (and the union tree and figure
 * catalogue every module builds on), and its figures reach the catalogue.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"org", "figures"})
@ActiveProfiles(resolver = org.unionworks.support.TestProfiles.class)
class ReportModuleTest {

    @Autowired
    ApplicationContext context;

    @Test
    void startsWithOnlyWhatItDependsOn() {
        ModuleTests.assertStartsAlone(context, "report", "org.grassroots");
    }
}
