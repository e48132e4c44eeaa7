package org.unionworks.platform.excel;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The OpenAPI document lists the import endpoints {@link ImportEndpoints} registers (springdoc sees only
 * annotated controllers), so that the document stays the complete list of what the server answers.
 */
@Component
class ImportEndpointsDocumentation implements OpenApiCustomizer {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<ImportDefinition<?>> definitions;

    ImportEndpointsDocumentation(List<ImportDefinition<?>> definitions) {
        this.definitions = definitions;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        for (ImportDefinition<?> d : definitions) {
            if (d.path() == null) {
                continue;
            }
            String tag = "imports";
            openApi.getPaths().addPathItem(d.path() + "/import/template", new PathItem().get(new Operation().addTagsItem(tag)
                    .summary(d.title() + "导入模板（需要权限 " + d.permission() + "）")
                    .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("模板 .xlsx")
                            .content(new Content().addMediaType(XLSX, new MediaType().schema(new StringSchema().format("binary"))))))));
            Schema<?> upload = new ObjectSchema().addProperty("file", new StringSchema().format("binary")).addRequiredItem("file");
            openApi.getPaths().addPathItem(d.path() + "/import", new PathItem().post(new Operation().addTagsItem(tag)
                    .summary("导入" + d.title() + "（需要权限 " + d.permission() + "）")
                    .addParametersItem(new Parameter().in("query").name("mode").schema(new StringSchema()
                            ._enum(java.util.Arrays.stream(ImportMode.values()).map(Enum::name).toList())))
                    .addParametersItem(new Parameter().in("query").name("autoCommit").schema(new Schema<Boolean>().type("boolean")))
                    .requestBody(new RequestBody().content(new Content().addMediaType("multipart/form-data", new MediaType().schema(upload))))
                    .responses(new ApiResponses().addApiResponse("202", new ApiResponse().description("导入任务，轮询 /api/imports/jobs/{id}")))));
        }
    }
}
