package org.unionworks.platform.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Renders every error as RFC 9457 problem+json with a real status and a Chinese message.
 * Exception texts from libraries, stack traces and SQL never reach the client.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final IntegrityProblems integrityProblems;

    private final String maxUpload;
    private final org.unionworks.platform.audit.DeniedAccesses denied;

    ProblemHandler(List<ConstraintMessages> contributions, org.unionworks.platform.audit.DeniedAccesses denied,
                   @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size:50MB}") String maxUpload) {
        this.maxUpload = maxUpload;
        this.denied = denied;
        this.integrityProblems = new IntegrityProblems(contributions);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("urn:unionworks:problem:" + type));
        pd.setTitle(title);
        return pd;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        denied.record(404, request.getMethod(), request.getRequestURI());
        return problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "操作冲突", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, HttpServletRequest request) {
        denied.record(403, request.getMethod(), request.getRequestURI());
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ProblemDetail tooMany(TooManyRequestsException e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "请求过于频繁", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalidProblem(e.problems());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class})
    ProblemDetail stale(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "stale", "操作冲突", "该记录已被他人修改，请刷新后重试");
    }

    /** A violated constraint: the module's message, a conflict, or a system error (see {@link IntegrityProblems}). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        ProblemDetail conflict = integrityProblems.conflict(e);
        return conflict == null ? systemError() : ResponseEntity.status(HttpStatus.CONFLICT).body(conflict);
    }

    private static ResponseEntity<ProblemDetail> systemError() {
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "系统异常", "系统异常，请联系管理员"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        denied.record(403, request.getMethod(), request.getRequestURI());
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", "您没有执行此操作的权限");
    }

    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail badSort(PropertyReferenceException e, HttpServletRequest request) {
        return invalidProblem(List.of(new FieldProblem("sort", "不支持按“" + askedSort(e, request) + "”排序")));
    }

    /** The property of the request's sort that failed: Spring Data splits idCard into id.card and names only card. */
    private static String askedSort(PropertyReferenceException e, HttpServletRequest request) {
        String[] sorts = request.getParameterValues("sort");
        String failed = e.getPropertyName().toLowerCase(Locale.ROOT);
        return Arrays.stream(sorts == null ? new String[0] : sorts)
                .map(sort -> sort.split(",")[0].strip())
                .filter(property -> property.toLowerCase(Locale.ROOT).endsWith(failed))
                .findFirst().orElse(e.getPropertyName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalidProblem(List.of(new FieldProblem(e.getName(), "参数“" + e.getName() + "”格式不正确")));
    }

    /** The database is unreachable (restarting, failing over, network): say so and when to retry, instead of a bare 500. */
    private ResponseEntity<ProblemDetail> unavailable(Exception e) {
        DatabaseUnavailable.log(e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.is(e)) {
            return unavailable(e);
        }
        log.error("unexpected error", e);
        return systemError();
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(fe -> problems.add(new FieldProblem(fe.getField(), fe.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> problems.add(new FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalidProblem(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> problems.add(new FieldProblem(name, err.getDefaultMessage())));
        }
        return ResponseEntity.badRequest().body(invalidProblem(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(ex);
        String field = ex.getCause() instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()
                ? fieldOf(j.getPath()) : null;
        if (cause instanceof org.unionworks.platform.web.InputSanitizing.Implausible implausible) {
            return ResponseEntity.badRequest().body(invalidProblem(List.of(new FieldProblem(
                    field == null ? "body" : field, (field == null ? "" : "字段“" + field + "”：") + implausible.getMessage()))));
        }
        if (field != null && !(cause instanceof org.unionworks.platform.web.RequestBodyLimit.BodyTooLargeException)) {
            return ResponseEntity.badRequest().body(invalidProblem(List.of(new FieldProblem(field,
                    "字段“" + field + "”的格式不正确（数字、日期 yyyy-MM-dd 等）"))));
        }
        if (cause instanceof org.unionworks.platform.web.RequestBodyLimit.BodyTooLargeException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                    "too-large", "请求过大", "提交的内容过大，请精简后重试；上传文件请使用导入或附件上传"));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable", "输入有误",
                "请求内容无法解析：请检查各字段的格式（数字、日期 yyyy-MM-dd 等）"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                "too-large", "文件过大", "上传的文件超过允许的大小（" + maxUpload + "），请拆分后分批导入"));
    }

    /** An address nothing answers: a browser's page gets the application's 页面不存在 ({@link UnknownPages}). */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> page = request instanceof ServletWebRequest web ? UnknownPages.application(web.getRequest()) : null;
        return page != null ? page : super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own handlers pass no body and let the exception's (English) one stand
        Object problem = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        if (problem instanceof ProblemDetail pd && pd.getDetail() != null && !statusCode.is5xxServerError()) {
            // Spring's own texts are English; give the user a Chinese sentence instead.
            pd.setTitle(StatusTexts.title(statusCode.value()));
            pd.setDetail(StatusTexts.detail(statusCode.value()));
        }
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    private static String fieldOf(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var ref : path) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** A multipart body that cannot be parsed (a NUL in the file name, a broken boundary). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail badMultipart(org.springframework.web.multipart.MultipartException e) {
        return invalidProblem(List.of(new FieldProblem("file", "上传的内容无法解析：请检查文件名（不能含控制字符）后重新上传")));
    }

    /** A date, month or time typed wrong in a query parameter that the code parses itself. */
    @ExceptionHandler(java.time.format.DateTimeParseException.class)
    ProblemDetail badDate(java.time.format.DateTimeParseException e) {
        return invalidProblem(List.of(new FieldProblem("date", "日期“" + abbreviate(e.getParsedString()) + "”格式不正确，应为 yyyy-MM-dd（月份 yyyy-MM）")));
    }

    private static String abbreviate(String s) {
        String v = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return v.length() > 30 ? v.substring(0, 30) + "…" : v;
    }

    private static ProblemDetail invalidProblem(List<FieldProblem> problems) {
        String detail = problems.isEmpty() ? "输入有误" : problems.stream().map(FieldProblem::message)
                .distinct().reduce((a, b) -> a + "；" + b).orElse("输入有误");
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", "输入有误", detail);
        pd.setProperty("errors", problems);
        return pd;
    }
}
