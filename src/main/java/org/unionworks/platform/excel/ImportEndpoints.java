package org.unionworks.platform.excel;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One import surface for every module: for each {@link ImportDefinition} with a {@link ImportDefinition#path()},
 * the template download and the upload are registered here, guarded by the definition's permission.
 * The jobs, their confirmation and the error workbooks are {@link ImportJobsController}'s.
 */
@Component
class ImportEndpoints implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;
    private final List<ImportDefinition<?>> definitions;
    private final SpreadsheetImports imports;

    ImportEndpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                    List<ImportDefinition<?>> definitions, SpreadsheetImports imports) {
        this.mapping = mapping;
        this.definitions = definitions;
        this.imports = imports;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            Method template = Endpoint.class.getMethod("template", HttpServletResponse.class);
            Method upload = Endpoint.class.getMethod("upload", MultipartFile.class, ImportMode.class, boolean.class);
            for (ImportDefinition<?> definition : definitions) {
                if (definition.path() == null) {
                    continue;
                }
                Endpoint endpoint = new Endpoint(definition, imports);
                mapping.registerMapping(route(definition.path() + "/import/template", RequestMethod.GET), endpoint, template);
                mapping.registerMapping(route(definition.path() + "/import", RequestMethod.POST), endpoint, upload);
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestMappingInfo route(String path, RequestMethod method) {
        return RequestMappingInfo.paths(path).methods(method).options(mapping.getBuilderConfiguration()).build();
    }

    /** The two endpoints of one importable type. */
    @ResponseBody
    public static final class Endpoint {

        private final ImportDefinition<?> definition;
        private final SpreadsheetImports imports;

        Endpoint(ImportDefinition<?> definition, SpreadsheetImports imports) {
            this.definition = definition;
            this.imports = imports;
        }

        public void template(HttpServletResponse response) throws IOException {
            requirePermission();
            imports.template(definition, SpreadsheetExports.download(response, definition.templateName()));
        }

        @ResponseStatus(HttpStatus.ACCEPTED)
        public ImportJobView upload(@RequestPart("file") MultipartFile file,
                                    @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                    @RequestParam(defaultValue = "false") boolean autoCommit) {
            requirePermission();
            return imports.start(definition, file, mode, autoCommit);
        }

        private void requirePermission() {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            boolean allowed = auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(definition.permission()::equals);
            if (!allowed) {
                throw new AccessDeniedException("需要权限 " + definition.permission());
            }
        }
    }
}
