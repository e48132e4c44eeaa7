package org.unionworks.platform.web;

import org.springframework.core.io.ClassPathResource;

/** The built web application's one page (index.html): every client-side route and every unknown page is answered with it. */
public final class ApplicationPage {

    public static final ClassPathResource RESOURCE = new ClassPathResource("static/index.html");

    private ApplicationPage() {
    }
}
