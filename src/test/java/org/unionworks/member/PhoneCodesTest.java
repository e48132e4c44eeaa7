package org.unionworks.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionworks.platform.error.TooManyRequestsException;
import org.unionworks.platform.notify.CodeSender;
import org.unionworks.support.Hands;

/** The codes sent to an applicant's phone: how often one phone may get one, whoever asks. */
class PhoneCodesTest {

    private final List<String> sent = new ArrayList<>();
    private final Hands clock = new Hands();
    private final PhoneCodes codes = new PhoneCodes(new CodeSender() {
        public void send(String phone, String code) {
            sent.add(phone);
        }

        public boolean delivers() {
            return true;
        }
    }, clock);

    @Test
    void onePhoneGetsACodeOnceAMinuteAndTenTimesADay() {
        codes.issue("13800001111");
        assertThatThrownBy(() -> codes.issue("13800001111")).isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("1分钟");
        for (int i = 1; i < 10; i++) {
            clock.advance(61_000);
            codes.issue("13800001111");
        }
        clock.advance(61_000);
        assertThatThrownBy(() -> codes.issue("13800001111")).as("the eleventh within a day")
                .isInstanceOf(TooManyRequestsException.class).hasMessageContaining("明天再试");
        codes.issue("13800002222");
        assertThat(sent).hasSize(11);
        clock.advance(86_400_000);
        codes.issue("13800001111");
        assertThat(sent).hasSize(12);
    }
}
