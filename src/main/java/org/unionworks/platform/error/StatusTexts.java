package org.unionworks.platform.error;

/** The Chinese title and sentence for a refusal that carries nothing but its status (Spring's, the server's). */
final class StatusTexts {

    private StatusTexts() {
    }

    static String title(int status) {
        return switch (status) {
            case 401 -> "未登录";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 405 -> "请求方法不支持";
            case 413 -> "请求过大";
            case 415 -> "内容类型不支持";
            case 429 -> "请求过于频繁";
            default -> status >= 500 ? "系统异常" : "请求有误";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 401 -> "请先登录或登录已过期";
            case 403 -> "您没有执行此操作的权限";
            case 404 -> "请求的地址不存在";
            case 405 -> "不支持该请求方法";
            case 413 -> "提交的内容过大";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁，请稍后再试";
            default -> status >= 500 ? "系统异常，请联系管理员" : "请求有误";
        };
    }
}
