package org.unionworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house style at the HTTP surface: an endpoint takes a typed request record (Bean Validation on
 * its fields) and answers a typed view, never a Map built or parsed by hand, whose keys, types and
 * rules nobody can read off the code or the OpenAPI document.
 */
class EndpointTypesTest {

    private static final Pattern LOOSE_MAP = Pattern.compile("java\\.util\\.Map<java\\.lang\\.String, (java\\.lang\\.Object|java\\.lang\\.String|\\?)>");

    @Test
    void noEndpointTakesOrAnswersAMapOfObjects() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<String> loose = new ArrayList<>();
        int endpoints = 0;
        for (var candidate : scanner.findCandidateComponents("org.unionworks")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            for (Method m : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)) {
                    continue;
                }
                endpoints++;
                if (loose(m.getGenericReturnType())) {
                    loose.add(controller.getSimpleName() + "." + m.getName() + " answers " + m.getGenericReturnType().getTypeName());
                }
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(RequestBody.class) && java.util.Map.class.isAssignableFrom(p.getType())) {
                        loose.add(controller.getSimpleName() + "." + m.getName() + " takes a Map body");
                    }
                }
            }
        }
        assertThat(endpoints).as("the scan saw the controllers").isGreaterThan(100);
        assertThat(loose).as("endpoints with hand-built maps").isEmpty();
    }

    /**
     * The OpenAPI document names each request and answer type by its simple name; two records with one
     * name (a rights Campaign and a selection Campaign) would share one schema, and generated clients
     * would get one of them wrong.
     */
    @Test
    void everyRequestAndAnswerTypeHasItsOwnName() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        java.util.Map<String, java.util.Set<String>> byName = new java.util.TreeMap<>();
        java.util.Set<Type> seen = new java.util.HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.unionworks")) {
            for (Method m : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)) {
                    continue;
                }
                collect(m.getGenericReturnType(), byName, seen);
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(RequestBody.class)) {
                        collect(p.getParameterizedType(), byName, seen);
                    }
                }
            }
        }
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
                .as("records sharing a simple name").isEmpty();
    }

    private static void collect(Type type, java.util.Map<String, java.util.Set<String>> byName, java.util.Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, byName, seen);
            }
            collect(p.getRawType(), byName, seen);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            byName.computeIfAbsent(c.getSimpleName(), k -> new java.util.TreeSet<>()).add(c.getName());
            for (var component : c.getRecordComponents()) {
                collect(component.getGenericType(), byName, seen);
            }
        }
    }

    private static boolean loose(Type type) {
        return LOOSE_MAP.matcher(type.getTypeName()).find();
    }
}
