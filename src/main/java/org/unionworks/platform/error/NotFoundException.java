package org.unionworks.platform.error;

/** A row that does not exist or lies outside the caller's data scope: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + "不存在或无权访问");
    }
}
