package org.unionworks.platform.error;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the web server itself answers when a request never reaches the application (a request line with characters a
 * URL may not hold unencoded, a header it cannot parse): a problem in Chinese like every other error, instead of
 * Tomcat's English error page. Errors the application handles are written by {@link ProblemHandler}; this page is
 * only written when nothing else wrote one.
 */
@Configuration(proxyBeanMethods = false)
class ServerProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> serverProblemPage() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, written as problem+json (Tomcat creates it by name, so it is public). */
    public static class ProblemValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body(status));
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was taken: nothing more to say
            }
        }

        private static String body(int status) {
            // a refusal here is about the request line or headers, whatever its 4xx: one title, and how to mend it
            boolean client = status < 500;
            String title = client ? "请求有误" : StatusTexts.title(status);
            String detail = client ? "请求的地址或格式不正确（地址中的中文和特殊字符须先编码），未处理" : StatusTexts.detail(status);
            return "{\"type\":\"urn:unionworks:problem:" + (client ? "bad-request" : "internal") + "\",\"title\":\"" + title
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        }
    }
}
