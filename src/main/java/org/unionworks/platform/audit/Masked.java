package org.unionworks.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An entity field whose value the audit log must not show in clear. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Masked {

    Kind value();

    enum Kind {
        /** Resident ID number: first 3 and last 4 kept. */
        ID_NUMBER,
        /** Phone: first 3 and last 4 kept. */
        PHONE,
        /** Never shown, only that it changed. */
        SECRET,
        /** Not recorded at all (bookkeeping such as failed-login counters). */
        IGNORED
    }
}
