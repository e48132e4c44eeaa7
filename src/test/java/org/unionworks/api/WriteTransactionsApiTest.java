package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.interceptor.TransactionAttributeSourceAdvisor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.unionworks.support.ApiTestBase;

/**
 * Every state-changing endpoint builds its answer inside the transaction that saves, so an answer is
 * sent only for what was committed (a save answered 503 after its commit was found by the load drill).
 * Checked for each registered endpoint, so a new controller cannot slip outside.
 */
class WriteTransactionsApiTest extends ApiTestBase {

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @Test
    void everyWriteEndpointRunsInOneTransactionWithItsAnswer() {
        List<String> outside = new ArrayList<>();
        int writes = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod h = e.getValue();
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!h.getBeanType().getName().startsWith("org.unionworks.")
                    || methods.stream().noneMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD)) {
                continue;
            }
            writes++;
            Object bean = context.getBean((String) h.getBean());
            boolean advised = AopUtils.isAopProxy(bean) && java.util.Arrays.stream(((Advised) bean).getAdvisors())
                    .anyMatch(a -> a instanceof TransactionAttributeSourceAdvisor t
                            && t.getPointcut().getMethodMatcher().matches(h.getMethod(), h.getBeanType()));
            if (!advised) {
                outside.add(e.getKey() + " " + h);
            }
        }
        assertThat(writes).as("write endpoints found").isGreaterThan(50);
        assertThat(outside).as("write endpoints without a transaction around their answer").isEmpty();
    }
}
