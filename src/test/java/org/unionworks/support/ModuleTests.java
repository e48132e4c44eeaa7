package org.unionworks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;
import org.unionworks.UnionWorksApplication;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;

/** What every {@code @ApplicationModuleTest} checks of the module it starts. */
public final class ModuleTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(UnionWorksApplication.class);
    /** Every module may use these: the union tree (whose paths scope all data) and the figure catalogue. */
    private static final Set<String> FOUNDATIONS = Set.of("org", "figures", "platform");

    private ModuleTests() {
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    /**
     * The context holds the module's beans and its dependencies' but no bean of a module it does not
     * depend on, and the module's figure {@code figureKey} is in the catalogue.
     */
    public static void assertStartsAlone(ApplicationContext context, String module, String figureKey) {
        ApplicationModule self = MODULES.getModuleByName(module).orElseThrow();
        Set<String> allowed = new TreeSet<>(FOUNDATIONS);
        allowed.add(module);
        self.getBootstrapDependencies(MODULES, DependencyDepth.ALL).forEach(d -> allowed.add(name(d)));
        Set<String> started = new TreeSet<>();
        Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(t -> t != null)
                .forEach(t -> MODULES.getModuleByType(t).filter(m -> !m.isRootModule()).ifPresent(m -> started.add(name(m))));
        assertThat(started).as("modules whose beans started").contains(module).isSubsetOf(allowed);
        List<String> keys = context.getBean(Figures.class).catalogue().stream().map(Indicator::key).toList();
        assertThat(keys).contains(figureKey);
    }
}
