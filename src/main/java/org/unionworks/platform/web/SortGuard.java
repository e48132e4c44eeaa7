package org.unionworks.platform.web;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.unionworks.platform.audit.Masked;
import org.unionworks.platform.error.InvalidInputException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every list's {@code sort} parameter, checked before any controller sees it: a plain property name
 * (and asc/desc), never a masked field (ID numbers, phones, secrets, taken from {@link Masked} on the
 * entities) nor the birth date: sorting by a hidden value reveals it a comparison at a time.
 * Unknown properties are refused where the query is built.
 */
@Configuration(proxyBeanMethods = false)
class SortGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,60}(\\.[A-Za-z][A-Za-z0-9_]{0,60}){0,2}");
    private static final Set<String> DIRECTIONS = Set.of("asc", "desc");

    private final Set<String> hidden = new HashSet<>(Set.of("birthdate", "passwordhash", "sessionstamp"));

    SortGuard(EntityManagerFactory entities) {
        entities.getMetamodel().getEntities().forEach(e -> {
            for (Class<?> c = e.getJavaType(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    Masked masked = f.getAnnotation(Masked.class);
                    if (masked != null && masked.value() != Masked.Kind.IGNORED) {
                        hidden.add(f.getName().toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String[] sorts = request.getParameterValues("sort");
        if (sorts != null) {
            for (String sort : sorts) {
                check(sort);
            }
        }
        return true;
    }

    private void check(String sort) {
        String[] parts = sort.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            boolean direction = i > 0 && DIRECTIONS.contains(part.toLowerCase(Locale.ROOT));
            if (direction) {
                continue;
            }
            if (!PROPERTY.matcher(part).matches()) {
                throw new InvalidInputException("sort", "排序参数“" + abbreviate(part) + "”格式不正确");
            }
            String last = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (hidden.contains(last)) {
                throw new InvalidInputException("sort", "不支持按“" + part + "”排序");
            }
        }
    }

    private static String abbreviate(String s) {
        String visible = s.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 30 ? visible.substring(0, 30) + "…" : visible;
    }
}
