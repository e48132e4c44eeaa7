package org.unionworks.platform.web;

import java.lang.reflect.Method;
import java.util.List;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSourceAdvisor;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every state-changing endpoint of the application (POST, PUT, PATCH, DELETE) runs in one transaction
 * that also builds its answer, so an answer is sent only for what was committed and says what was
 * committed. Before, a save committed by its service and then answered with a view that needed another
 * connection could answer 503 for a saved change (found by the load drill). The services' own
 * transactions join this one; any exception rolls it back.
 */
@Configuration(proxyBeanMethods = false)
class WriteTransactions {

    static final List<Class<? extends java.lang.annotation.Annotation>> WRITES =
            List.of(PostMapping.class, PutMapping.class, PatchMapping.class, DeleteMapping.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor writeEndpointTransactions(BeanFactory beanFactory) {
        TransactionInterceptor interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(new WriteEndpoints());
        interceptor.setBeanFactory(beanFactory);
        TransactionAttributeSourceAdvisor advisor = new TransactionAttributeSourceAdvisor(interceptor);
        // around the audit log's net (WriteAudit), which must write inside this transaction
        advisor.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return advisor;
    }

    /** The transaction of a write endpoint of one of the application's controllers; none for anything else. */
    static final class WriteEndpoints implements TransactionAttributeSource {

        private static final RuleBasedTransactionAttribute WRITE = new RuleBasedTransactionAttribute(
                TransactionAttribute.PROPAGATION_REQUIRED, List.of(new RollbackRuleAttribute(Exception.class)));

        @Override
        public boolean isCandidateClass(Class<?> targetClass) {
            return targetClass.getName().startsWith("org.unionworks.")
                    && AnnotatedElementUtils.hasAnnotation(targetClass, RestController.class);
        }

        @Override
        public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
            if (targetClass == null || !isCandidateClass(targetClass)) {
                return null;
            }
            return WRITES.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(method, a)) ? WRITE : null;
        }
    }
}
