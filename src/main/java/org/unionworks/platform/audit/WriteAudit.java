package org.unionworks.platform.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log's net under every write endpoint: when a write succeeds and nothing of it was
 * audited (modules whose rows are written by SQL rather than by entities), it records who, which
 * union, the record (taken from the path or the answer), the action and the fields sent, with ID
 * numbers, phones and secrets masked. It runs inside the endpoint's transaction (WriteTransactions),
 * so the row is kept exactly when the write is.
 */
@Configuration(proxyBeanMethods = false)
class WriteAudit {

    private static final List<Class<? extends Annotation>> WRITES =
            List.of(PostMapping.class, PutMapping.class, PatchMapping.class, DeleteMapping.class);

    /** Path collections whose records are written by SQL, and the name their audit rows carry. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("honor-campaigns", "SelectionCampaign"), Map.entry("nominations", "Nomination"),
            Map.entry("objections", "Objection"), Map.entry("honor-stories", "Story"),
            Map.entry("allowance-rules", "AllowanceRule"), Map.entry("honorees", "Honoree"),
            Map.entry("honor-awards", "HonorAward"), Map.entry("awards", "HonorAward"), Map.entry("care", "CareRecord"),
            Map.entry("honor-titles", "HonorTitle"), Map.entry("form-template", "NominationForm"),
            Map.entry("templates", "ReportTemplate"), Map.entry("steps", "CaseStep"), Map.entry("matters", "PracticalMatter"),
            Map.entry("problems", "Rectification"), Map.entry("files", "StoredFile"), Map.entry("living-standards", "LivingStandard"));

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor writeEndpointAudit(ObjectProvider<AuditService> audit, ObjectProvider<JsonMapper> json,
                                                     ObjectProvider<jakarta.persistence.EntityManagerFactory> entities) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new WriteEndpoints(), new Net(audit, json, entities));
        // inside the endpoint's transaction, which WriteTransactions opens
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
        return advisor;
    }

    private static final class WriteEndpoints extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getName().startsWith("org.unionworks.")
                    && AnnotatedElementUtils.hasAnnotation(targetClass, RestController.class)
                    && WRITES.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(method, a));
        }
    }

    private record Net(ObjectProvider<AuditService> audit, ObjectProvider<JsonMapper> json,
                       ObjectProvider<jakarta.persistence.EntityManagerFactory> entities) implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                    ? a.getRequest() : null;
            if (request == null) {
                return invocation.proceed();
            }
            request.removeAttribute(AuditService.AUDITED);
            Object result = invocation.proceed();
            flushEntities();
            if (request.getAttribute(AuditService.AUDITED) == null) {
                record(request, invocation, result);
            }
            return result;
        }

        /** Entity changes not yet flushed are audited by the entity listener when they are: flush them now. */
        private void flushEntities() {
            var em = org.springframework.orm.jpa.EntityManagerFactoryUtils.getTransactionalEntityManager(entities.getObject());
            if (em != null && em.isJoinedToTransaction()) {
                em.flush();
            }
        }

        private void record(HttpServletRequest request, MethodInvocation invocation, Object result) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            List<String> segments = List.of(path.replaceFirst("^/api/", "").split("/"));
            String entity = entityOf(segments);
            String id = idIn(segments, result);
            AuditAction action = switch (request.getMethod()) {
                case "DELETE" -> AuditAction.DELETE;
                case "POST" -> id == null || !segments.contains(id) ? AuditAction.CREATE : AuditAction.UPDATE;
                default -> AuditAction.UPDATE;
            };
            audit.getObject().record(action, entity, id, request.getMethod() + " " + path, sent(invocation));
        }

        private static String entityOf(List<String> segments) {
            String entity = null;
            for (String s : segments) {
                entity = ENTITIES.getOrDefault(s, entity);
            }
            if (entity != null) {
                return entity;
            }
            String first = segments.get(0).replaceAll("s$", "");
            StringBuilder pascal = new StringBuilder();
            for (String part : first.split("-")) {
                pascal.append(part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return pascal.toString();
        }

        /** The record: the last id in the path, else the {@code id} of the answer. */
        private String idIn(List<String> segments, Object result) {
            for (int i = segments.size() - 1; i >= 0; i--) {
                if (segments.get(i).matches("\\d+|[0-9a-f-]{36}")) {
                    return segments.get(i);
                }
            }
            if (result == null) {
                return null;
            }
            JsonNode answer = json.getObject().valueToTree(result);
            JsonNode id = answer.isObject() ? answer.get("id") : null;
            return id == null || id.isNull() ? null : id.asString();
        }

        /** What the request sent, masked as the audit log masks entity fields. */
        private Map<String, Object> sent(MethodInvocation invocation) {
            Map<String, Object> sent = new LinkedHashMap<>();
            Parameter[] parameters = invocation.getMethod().getParameters();
            for (int i = 0; i < parameters.length; i++) {
                Object arg = invocation.getArguments()[i];
                if (arg instanceof MultipartFile file) {
                    sent.put("file", file.getOriginalFilename());
                } else if (arg != null && parameters[i].isAnnotationPresent(RequestBody.class)) {
                    JsonNode body = json.getObject().valueToTree(arg);
                    if (body.isObject()) {
                        body.properties().forEach(e -> sent.put(e.getKey(), masked(e.getKey(), e.getValue())));
                    }
                }
            }
            return sent;
        }

        private static Object masked(String key, JsonNode value) {
            String k = key.toLowerCase(Locale.ROOT);
            if (value.isNull()) {
                return null;
            }
            if (k.contains("password") || k.contains("secret") || k.contains("bankaccount") || k.contains("code")
                    && k.contains("phone")) {
                return "***";
            }
            if (value.isContainer()) {
                return value.size() + " 项";
            }
            if (k.contains("idnumber")) {
                return IdNumbers.mask(value.asString());
            }
            if (k.contains("phone") || k.contains("mobile") || k.equals("contact")) {
                return Mobiles.mask(value.asString());
            }
            String text = value.asString();
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
    }
}
