package org.unionworks.platform.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.unionworks.platform.validation.Mobiles;

/** The default sender, for a deployment without an SMS gateway: says that a code went out, never the code. */
@Component
class LoggingCodeSender implements CodeSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingCodeSender.class);

    @Override
    public void send(String phone, String code) {
        log.info("验证码已发往 {}（未配置短信网关：请接入 CodeSender 以真正发送）", Mobiles.mask(phone));
    }

    @Override
    public boolean delivers() {
        return false;
    }
}
